# datetime: constructor, repr, isoformat, arithmetic with and without
# tzinfo, subtraction of aware datetimes, comparisons (naive/aware,
# date/datetime, the PEP 495 fold exception), timestamps in UTC,
# combine, replace, timetuple and pickling.
from datetime import datetime as DT, date, time, timedelta, timezone, tzinfo
import pickle


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


utc = timezone.utc
plus2 = timezone(timedelta(hours=2), "P2")
t("basic", lambda: [DT(2020, 1, 2), DT(2020, 1, 2, 3), DT(2020, 1, 2, 3, 4, 5), DT(2020, 1, 2, 3, 4, 5, 6), DT(2020, 1, 2, tzinfo=utc, fold=1)])
t("kw", lambda: DT(year=2020, month=1, day=2, minute=5))
t("y0", lambda: DT(0, 1, 1))
t("d32", lambda: DT(2020, 1, 32))
t("h24", lambda: DT(2020, 1, 1, 24))
t("tz", lambda: DT(2020, 1, 1, tzinfo=1))
t("too many", lambda: DT(2020, 1, 1, 0, 0, 0, 0, None, 1))
t("float", lambda: DT(2020, 1, 1, 1.5))
t("missing", lambda: DT(2020, 1))
x = DT(2020, 2, 28, 23, 59, 59, 999999)
t("str", lambda: (str(x), x.isoformat(), x.isoformat(" "), x.isoformat("T", "minutes"), x.isoformat(timespec="milliseconds")))
t("sep bad", lambda: x.isoformat("ab"))
t("sep int", lambda: x.isoformat(1))
t("aware str", lambda: (str(x.replace(tzinfo=plus2)), DT(2020, 1, 1, tzinfo=timezone(timedelta(seconds=-3661, microseconds=5))).isoformat()))
t("add", lambda: (x + timedelta(microseconds=1), timedelta(days=-60) + x, x - timedelta(days=365)))
t("add aware", lambda: x.replace(tzinfo=plus2) + timedelta(hours=1))
t("overflow", lambda: DT.max + timedelta(microseconds=1))
t("underflow", lambda: DT.min - timedelta(microseconds=1))
t("sub", lambda: (x - DT(2020, 1, 1), DT(2020, 1, 1) - x))
t("sub aware", lambda: DT(2020, 1, 1, 12, tzinfo=plus2) - DT(2020, 1, 1, 12, tzinfo=utc))
t("sub mixed", lambda: DT(2020, 1, 1, tzinfo=utc) - DT(2020, 1, 1))
t("sub date", lambda: x - date(2020, 1, 1))
t("add int", lambda: x + 1)
a1 = DT(2020, 1, 1, 12, tzinfo=plus2)
a2 = DT(2020, 1, 1, 10, tzinfo=utc)
t("cmp aware", lambda: (a1 == a2, a1 < a2, a1 <= a2, a1 != a2, hash(a1) == hash(a2)))
t("cmp naive", lambda: (x < DT(2021, 1, 1), x == x.replace(fold=1), hash(x) == hash(x.replace(fold=1))))
t("cmp mixed", lambda: (a1 == x, a1 != x))
t("lt mixed", lambda: a1 < x)
t("cmp date", lambda: (x == date(2020, 2, 28), x != date(2020, 2, 28)))
t("lt date", lambda: x < date(2020, 2, 28))
t("lt int", lambda: x < 1)
t("parts", lambda: (x.date(), x.time(), x.timetz(), a1.timetz(), x.year, x.hour, x.microsecond, a1.tzinfo, x.fold))
t("tt", lambda: (x.timetuple(), a1.timetuple(), a1.utctimetuple(), x.utctimetuple()))
t("ctime", lambda: (x.ctime(), DT(2020, 1, 5, 7, 8, 9).ctime()))
t("combine", lambda: (DT.combine(date(2020, 1, 1), time(1, 2, tzinfo=utc)), DT.combine(date(2020, 1, 1), time(1, fold=1), plus2)))
t("combine bad", lambda: DT.combine(1, time()))
t("combine bad2", lambda: DT.combine(date(2020, 1, 1), 1))
t("replace", lambda: (x.replace(year=2021, month=3, day=31, hour=0, minute=1, second=2, microsecond=3, tzinfo=utc, fold=1), x.replace()))
t("replace bad", lambda: x.replace(month=2, day=30))
t("utc ts", lambda: (DT.utcfromtimestamp(0), DT.utcfromtimestamp(1.5), DT.utcfromtimestamp(-1.5), DT.utcfromtimestamp(1e9 + 0.9999995)))
t("utc ts round", lambda: [DT.utcfromtimestamp(v).microsecond for v in (0.0000005, 0.0000015, 0.0000025, -0.0000005, 1.0000005)])
t("fromtimestamp tz", lambda: (DT.fromtimestamp(0, utc), DT.fromtimestamp(86400 * 365.25, plus2), DT.fromtimestamp(tz=utc, timestamp=5)))
t("fromtimestamp nan", lambda: DT.fromtimestamp(float("nan")))
t("fromtimestamp inf", lambda: DT.utcfromtimestamp(float("inf")))
t("fromtimestamp big", lambda: DT.utcfromtimestamp(1e15))
t("fromtimestamp tz bad", lambda: DT.fromtimestamp(0, 1))
t("timestamp aware", lambda: (a1.timestamp(), DT(1969, 12, 31, tzinfo=utc).timestamp(), DT(9999, 1, 1, tzinfo=utc).timestamp()))
t("astimezone", lambda: (a1.astimezone(utc), a2.astimezone(plus2), a1.astimezone(plus2) is a1))
t("astimezone bad", lambda: a1.astimezone(1))
t("strptime", lambda: (DT.strptime("2020-03-04 05:06", "%Y-%m-%d %H:%M"), DT.strptime("+0200 2020", "%z %Y")))
t("strptime bad", lambda: DT.strptime("x", "%Y"))
t("strptime int", lambda: DT.strptime(1, "%Y"))
t("consts", lambda: (DT.min, DT.max, DT.resolution))
t("reduce", lambda: (x.__reduce__(), x.replace(fold=1).__reduce_ex__(4), a1.__reduce_ex__(2)))
for proto in range(5):
    print(proto, pickle.dumps(DT(2020, 1, 2, 3, 4, 5, 6, fold=1), proto), pickle.dumps(a1, proto))
    print(pickle.loads(pickle.dumps(a1, proto)) == a1, pickle.loads(pickle.dumps(x.replace(fold=1), proto)).fold)


class Fold(tzinfo):
    # an hour repeated at 01:00-02:00 on 2020-11-01, as US time zones do
    def utcoffset(self, dt):
        if dt.replace(tzinfo=None) >= DT(2020, 11, 1, 2) or (dt.replace(tzinfo=None) >= DT(2020, 11, 1, 1) and dt.fold):
            return timedelta(hours=-5)
        return timedelta(hours=-4)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return "F"

    def __repr__(self):
        return "Fold()"


f0 = DT(2020, 11, 1, 1, 30, tzinfo=Fold())
f1 = f0.replace(fold=1)
t("pep495", lambda: (f0 == f1, f0 != f1, f0 < f1, f0.utcoffset(), f1.utcoffset(), f0 == f0.astimezone(utc)))
t("pep495 utc", lambda: (f0.astimezone(utc), f1.astimezone(utc), f1.astimezone(utc).astimezone(Fold())))
