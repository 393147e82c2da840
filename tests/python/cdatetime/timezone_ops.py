# tzinfo and timezone: abstract methods, fromutc, reduce, checks of what
# utcoffset/dst/tzname return, timezone construction, names and reprs.
from datetime import datetime, timedelta, timezone as TZ, tzinfo, time
import pickle


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


td = timedelta
t("reprs", lambda: (TZ.utc, TZ(td(hours=1)), TZ(td(hours=1), "X"), TZ(td(0)), TZ(td(0), "UTC"), TZ(offset=td(0), name="u")))
t("strs", lambda: [str(z) for z in (TZ.utc, TZ(td(hours=5)), TZ(td(hours=-1, seconds=1)), TZ(td(seconds=61, microseconds=5)), TZ(td(hours=-5, minutes=-30)))])
t("utc is", lambda: TZ(td(0)) is TZ.utc)
t("minmax", lambda: (TZ.min, TZ.max, str(TZ.min), str(TZ.max)))
t("day", lambda: TZ(td(1)))
t("minus day", lambda: TZ(-td(1)))
t("us", lambda: TZ(td(microseconds=1)))
t("int", lambda: TZ(1))
t("name int", lambda: TZ(td(0), 1))
t("name none", lambda: TZ(td(0), None))
t("subclass", lambda: type("S", (TZ,), {}))
z = TZ(td(hours=-3), "E")
t("methods", lambda: (z.utcoffset(None), z.dst(None), z.tzname(None), z.utcoffset(datetime(2000, 1, 1)), z.tzname(datetime(2000, 1, 1))))
t("utcoffset bad", lambda: z.utcoffset(1))
t("tzname bad", lambda: z.tzname(1))
t("dst bad", lambda: z.dst(1))
t("fromutc", lambda: z.fromutc(datetime(2000, 1, 1, tzinfo=z)))
t("fromutc other", lambda: z.fromutc(datetime(2000, 1, 1)))
t("fromutc int", lambda: z.fromutc(1))
t("eq", lambda: (z == TZ(td(hours=-3)), TZ.utc == TZ(td(0), "x"), z == 1, z != TZ.utc, hash(z) == hash(TZ(td(hours=-3)))))
t("lt", lambda: z < TZ.utc)
t("initargs", lambda: (TZ.utc.__getinitargs__(), z.__getinitargs__(), TZ(td(hours=2)).__getinitargs__()))
for proto in range(5):
    print(proto, pickle.dumps(z, proto), pickle.dumps(TZ.utc, proto), pickle.loads(pickle.dumps(TZ.utc, proto)) is TZ.utc)
base = tzinfo()
t("abstract", lambda: base.utcoffset(None))
t("abstract name", lambda: base.tzname(None))
t("abstract dst", lambda: base.dst(None))
t("base fromutc", lambda: base.fromutc(datetime(2000, 1, 1)))
t("base reduce", lambda: base.__reduce__())


class Fixed(tzinfo):
    def __init__(self, minutes, name, dst=0):
        self.off = td(minutes=minutes)
        self.name = name
        self.d = td(minutes=dst)

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return self.d

    def __repr__(self):
        return "Fixed(%s)" % self.name


f = Fixed(90, "NinetyMin", 30)
t("fixed", lambda: (datetime(2000, 1, 1, tzinfo=f).utcoffset(), datetime(2000, 1, 1, tzinfo=f).dst(), datetime(2000, 1, 1, tzinfo=f).tzname()))
t("fromutc fixed", lambda: f.fromutc(datetime(2000, 1, 1, tzinfo=f)))
t("reduce fixed", lambda: f.__reduce__()[0:2])
t("astimezone fixed", lambda: datetime(2000, 1, 1, 12, tzinfo=TZ.utc).astimezone(f))
t("strftime fixed", lambda: datetime(2000, 1, 1, tzinfo=f).strftime("%z|%Z|%%Z"))


class Bad(tzinfo):
    def __init__(self, v):
        self.v = v

    def utcoffset(self, dt):
        return self.v

    def dst(self, dt):
        return self.v

    def tzname(self, dt):
        return self.v


for v in [1, td(1), td(hours=-25), "x", None, td(hours=23, minutes=59)]:
    for label, f in [("off", lambda: datetime(2000, 1, 1, tzinfo=Bad(v)).utcoffset()), ("name", lambda: datetime(2000, 1, 1, tzinfo=Bad(v)).tzname()),
                     ("dst", lambda: datetime(2000, 1, 1, tzinfo=Bad(v)).dst()), ("time", lambda: time(tzinfo=Bad(v)).utcoffset()),
                     ("fromutc", lambda: Bad(v).fromutc(datetime(2000, 1, 1, tzinfo=Bad(v))))]:
        t(label, f)
