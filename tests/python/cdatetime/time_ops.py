# time: constructor, repr with tzinfo and fold, isoformat timespecs,
# strftime, pickling state, comparison of naive and aware times.
from datetime import time as T, timezone, timedelta, tzinfo
import pickle


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


utc = timezone.utc
e3 = timezone(timedelta(hours=-3), "E")
t("basic", lambda: [T(), T(1), T(1, 2), T(1, 2, 3), T(1, 2, 3, 4), T(1, tzinfo=utc), T(1, fold=1), T(1, 2, 3, 4, e3, fold=1)])
t("h24", lambda: T(24))
t("m60", lambda: T(1, 60))
t("s60", lambda: T(1, 1, 60))
t("us", lambda: T(1, 1, 1, 10**6))
t("fold2", lambda: T(fold=2))
t("tz int", lambda: T(1, 2, 3, 4, 5))
t("6 args", lambda: T(1, 2, 3, 4, None, 5))
t("float", lambda: T(hour=1.0))
x = T(1, 2, 3, 4)
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, x.isoformat(spec), T(5).isoformat(timespec=spec), T(5, tzinfo=e3).isoformat(spec))
t("bad spec", lambda: x.isoformat("x"))
t("spec int", lambda: x.isoformat(1))
t("str", lambda: (str(x), str(T(1, 2, 3, 5)), str(T(1, tzinfo=utc)), format(x, "%H|%M"), format(x)))
t("strftime", lambda: (x.strftime("%H %f %z %Z %Y %%z"), T(1, tzinfo=e3).strftime("%H %f %z %Z %%z")))
t("utcoffset", lambda: (x.utcoffset(), x.tzname(), x.dst(), T(tzinfo=e3).utcoffset(), T(tzinfo=e3).tzname(), T(tzinfo=e3).dst()))
t("replace", lambda: (x.replace(hour=5), x.replace(tzinfo=utc), x.replace(fold=1), T(1, tzinfo=utc).replace(tzinfo=None)))
t("replace bad", lambda: x.replace(tzinfo=1))
t("replace fold", lambda: x.replace(fold=2))
for proto in range(5):
    y = T(1, 2, 3, 4, fold=1)
    print(proto, pickle.dumps(y, proto), pickle.loads(pickle.dumps(y, proto)).fold, pickle.dumps(T(1, tzinfo=e3), proto))
t("reduce", lambda: (T(1, 2, 3, 4, fold=1).__reduce_ex__(4), T(1, 2, 3, 4, fold=1).__reduce__(), T(1, tzinfo=utc).__reduce__()))
t("state", lambda: (T(b"\x81\x02\x03\x00\x00\x04"), T(b"\x01\x02\x03\x00\x00\x04", utc)))
t("bool", lambda: (bool(T()), bool(T(1))))
t("cmp", lambda: (x < T(2), x == T(1, 2, 3, 4), T(1, tzinfo=utc) == T(2, tzinfo=timezone(timedelta(hours=1)))))
t("cmp aware", lambda: T(1, tzinfo=utc) < T(1, 30, tzinfo=timezone(timedelta(hours=1))))
t("cmp mixed eq", lambda: (T(1) == T(1, tzinfo=utc), T(1) != T(1, tzinfo=utc)))
t("cmp mixed lt", lambda: T(1) < T(1, tzinfo=utc))
t("cmp int", lambda: x < 1)
t("hash", lambda: (hash(T(1, fold=1)) == hash(T(1)), hash(T(1, tzinfo=utc)) == hash(T(2, tzinfo=timezone(timedelta(hours=1))))))
t("consts", lambda: (T.min, T.max, T.resolution))


class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5

    def tzname(self, dt):
        return 7


t("bad offset", lambda: T(tzinfo=Bad()).utcoffset())
t("bad name", lambda: T(tzinfo=Bad()).tzname())
t("bad strftime", lambda: T(tzinfo=Bad()).strftime("%Z"))
t("bad iso", lambda: T(tzinfo=Bad()).isoformat())
