import datetime as dt, time, zoneinfo, calendar, email.utils
d = dt.datetime(2024, 3, 10, 1, 30, 15, 123456)
print(d, repr(d), d.isoformat(), d.isoformat(timespec="minutes"), d.strftime("%A %d %B %Y %I:%M:%S %p %j %U %W %a %b %y %%"))
tz = zoneinfo.ZoneInfo("America/New_York")
a = d.replace(tzinfo=tz)
print(a, a.tzname(), a.utcoffset(), a.dst(), repr(a.tzinfo))
b = a + dt.timedelta(hours=1)
print(b, b.tzname(), (a + dt.timedelta(hours=2)).astimezone(dt.timezone.utc))
print(dt.datetime(2024, 11, 3, 1, 30, tzinfo=tz, fold=1).utcoffset(), dt.datetime(2024, 11, 3, 1, 30, tzinfo=tz).utcoffset())
print(dt.datetime.fromisoformat("2024-01-02T03:04:05.678+05:30"), dt.date.fromisoformat("2024-02-29").isocalendar())
print(dt.datetime.strptime("2023-07-04 12:00", "%Y-%m-%d %H:%M"), dt.datetime.strptime("Tue, 4 Jul 2023", "%a, %d %b %Y"))
try:
    dt.datetime.strptime("2023-13-01", "%Y-%m-%d")
except ValueError as e:
    print(e)
try:
    dt.date(2023, 2, 29)
except ValueError as e:
    print(e)
td = dt.timedelta(days=-1, seconds=5, microseconds=7)
print(td, repr(td), td.total_seconds(), abs(td), td // dt.timedelta(hours=1), dt.timedelta(hours=25) / 2, str(dt.timedelta(microseconds=1)))
print(dt.timezone(dt.timedelta(hours=-3, minutes=-30)), repr(dt.timezone.utc), dt.timezone(dt.timedelta(0), "Z"))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)), time.asctime(time.gmtime(0)), calendar.timegm((2000, 1, 1, 0, 0, 0)))
print(calendar.month(2024, 2))
print(calendar.isleap(2100), calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1), list(calendar.day_abbr))
print(calendar.TextCalendar(6).formatmonth(2023, 12, w=3))
print(email.utils.format_datetime(dt.datetime(2020, 5, 6, 7, 8, 9, tzinfo=dt.timezone.utc)), email.utils.parsedate_to_datetime("Wed, 06 May 2020 07:08:09 +0200"))
print(dt.date(2024, 5, 17).strftime("%x"), dt.time(13, 5).strftime("%X %H"), dt.time(1, 2, 3, 4).isoformat(), dt.time.fromisoformat("10:11"))
print(sorted([dt.date(2020, 1, 3), dt.date(2019, 5, 1)]), dt.date(2024, 1, 31) - dt.date(2023, 12, 25), dt.date.min, dt.datetime.max)
print(dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc).timestamp(), dt.datetime.fromtimestamp(0, dt.timezone.utc), dt.datetime.utcfromtimestamp(1e9))
print(hash(dt.timedelta(1)) == hash(dt.timedelta(hours=24)), dt.date(2024, 3, 1).toordinal(), dt.date.fromordinal(700000), dt.date(2024,3,1).ctime())
try:
    dt.datetime(2020, 1, 1) < dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)
except TypeError as e:
    print(e)
try:
    zoneinfo.ZoneInfo("Nowhere/City")
except zoneinfo.ZoneInfoNotFoundError as e:
    print(type(e).__name__, e)
print(format(d, "%H:%M"), f"{d:%Y/%m}", "{:%d}".format(dt.date(2020, 1, 9)))
