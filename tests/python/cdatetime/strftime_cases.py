# strftime and __format__: %z, %Z and %f substitution by the datetime
# types before time.strftime, percent signs in zone names, bad tznames.
from datetime import date, datetime, time, timedelta, timezone, tzinfo


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


fmt = "%Y-%m-%d %H:%M:%S.%f %z %Z %a %A %b %B %j %U %W %w %y %p %I %%"
for v in [date(2020, 2, 29), datetime(2020, 2, 29, 13, 14, 15, 16), datetime(1, 1, 1), datetime(2020, 1, 1, tzinfo=timezone.utc),
          datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=-5, minutes=-30), "A%B")), time(1, 2, 3, 4),
          time(1, tzinfo=timezone(timedelta(seconds=5, microseconds=6)))]:
    print(v.strftime(fmt))
    print(format(v, "%z|%Z|%f"), format(v, ""), "{:%Y %H}".format(v))
t("trailing %", lambda: datetime(2020, 1, 1).strftime("abc%"))
t("no %", lambda: datetime(2020, 1, 1).strftime("plain"))
t("empty", lambda: datetime(2020, 1, 1).strftime(""))
t("non ascii", lambda: datetime(2020, 1, 1).strftime("\u00e9%Y\u65e5"))
t("missing arg", lambda: datetime(2020, 1, 1).strftime())
t("int", lambda: time().strftime(1))


class Weird(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1)

    def tzname(self, dt):
        class MyStr(str):
            def replace(self, *args):
                return None
        return MyStr("name")


t("bad replace", lambda: datetime(2020, 1, 1, tzinfo=Weird()).strftime("%Z"))
t("no Z", lambda: datetime(2020, 1, 1, tzinfo=Weird()).strftime("%z"))


class Named(tzinfo):
    def utcoffset(self, dt):
        return None

    def tzname(self, dt):
        return "%Y"


t("named", lambda: (datetime(2020, 1, 1, tzinfo=Named()).strftime("%Z|%z"), time(tzinfo=Named()).strftime("%Z|%z")))
t("year 1 format", lambda: format(date(1, 2, 3), "%Y|%d"))
