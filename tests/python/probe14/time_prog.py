# Time: datetime/zoneinfo arithmetic and formatting, calendar, time.strftime with fixed tuples.
import datetime as dt, calendar, time, zoneinfo
from datetime import date, datetime, timedelta, timezone, time as dtime

d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), d.isoformat(), d.isocalendar(), d.weekday(), d.isoweekday())
print(d.strftime("%A %d %B %Y | %a %b %j %U %W %y %%"), d.replace(day=1), d.toordinal(), date.fromordinal(738000))
print(date.fromisoformat("2023-12-31"), date.fromisocalendar(2024, 1, 1), d.ctime(), repr(d), str(d))
t = datetime(2023, 3, 12, 1, 30, 15, 123456)
print(t, t.isoformat(timespec="milliseconds"), t.isoformat(sep=" "), t.timetuple()[:6], t.date(), t.time())
print(t.strftime("%Y-%m-%dT%H:%M:%S.%f %I%p %c | %x | %X"), format(t, "%d/%m/%y"), f"{t:%H:%M}")
print(datetime.strptime("2021-07-04 18:05:09", "%Y-%m-%d %H:%M:%S"), datetime.strptime("Mon, 05 Jun 2023", "%a, %d %b %Y"))
print(datetime.strptime("12/31/99 11:59 PM", "%m/%d/%y %I:%M %p"), datetime.fromisoformat("2011-11-04T00:05:23+04:00"))
delta = datetime(2024, 1, 1) - datetime(2023, 3, 12, 1, 30)
print(delta, delta.days, delta.seconds, delta.total_seconds(), repr(delta), -delta, abs(-delta))
print(timedelta(hours=25, minutes=-1, microseconds=1), timedelta(weeks=1) / timedelta(days=2), timedelta(days=7) // 3, timedelta(seconds=1.5) * 3)
print(divmod(timedelta(hours=5), timedelta(hours=2)), timedelta.max, timedelta.resolution, str(timedelta(0)))

utc = timezone.utc
est = timezone(timedelta(hours=-5), "EST")
a = datetime(2023, 6, 1, 12, 0, tzinfo=utc)
print(a, a.astimezone(est), a.astimezone(est).tzname(), a.utcoffset(), est.utcoffset(None), repr(est), timezone(timedelta(hours=5, minutes=30)))
print(a.timestamp(), datetime.fromtimestamp(1700000000, tz=utc), datetime.utcfromtimestamp(0), a == a.astimezone(est))
ny = zoneinfo.ZoneInfo("America/New_York")
for when in [datetime(2023, 3, 12, 1, 59), datetime(2023, 3, 12, 3, 0), datetime(2023, 11, 5, 1, 30), datetime(2023, 11, 5, 1, 30, fold=1)]:
    w = when.replace(tzinfo=ny)
    print(w, w.tzname(), w.utcoffset(), w.dst(), w.astimezone(utc))
lon = zoneinfo.ZoneInfo("Europe/London")
x = datetime(2023, 3, 26, 0, 30, tzinfo=utc)
for h in range(3):
    y = (x + timedelta(hours=h)).astimezone(lon)
    print(y.isoformat(), y.tzname())
print(datetime(2023, 7, 1, tzinfo=zoneinfo.ZoneInfo("Asia/Kolkata")).strftime("%Y-%m-%d %H:%M %Z %z"), str(ny))
tok = zoneinfo.ZoneInfo("Asia/Tokyo")
print(datetime(2024, 1, 1, 9, tzinfo=tok) - datetime(2024, 1, 1, tzinfo=utc), datetime(2024, 1, 1, 9, tzinfo=tok) == datetime(2024, 1, 1, 0, tzinfo=utc))
try:
    zoneinfo.ZoneInfo("Not/AZone")
except zoneinfo.ZoneInfoNotFoundError as e:
    print("ZoneInfoNotFoundError", e)
try:
    datetime(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.now(utc) - datetime(2020, 1, 1)
except TypeError as e:
    print("TypeError:", e)
print(dtime(13, 5, 7, 500), dtime(13, 5).isoformat(), dtime.fromisoformat("04:23:01.000384"), dtime(1, tzinfo=utc).utcoffset())
print(min(date(2020, 1, 1), date(2019, 5, 5)), sorted([datetime(2020, 1, 2), datetime(2020, 1, 1, 23)]), date.max, datetime.min)

print(calendar.month(2024, 2))
print(calendar.TextCalendar(firstweekday=6).formatmonth(2023, 12, w=3))
print(calendar.isleap(2100), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4))
print(calendar.monthcalendar(2023, 2)[0], list(calendar.day_abbr), calendar.month_name[9], calendar.timegm((2000, 1, 1, 0, 0, 0)))
print(calendar.Calendar().monthdayscalendar(2024, 1)[-1], list(calendar.Calendar(0).itermonthdates(2024, 3))[:2])
print(calendar.HTMLCalendar().formatmonth(2024, 1).splitlines()[:3])
tt = (2023, 8, 9, 14, 3, 27, 2, 221, 0)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %p", tt), time.asctime(tt), time.mktime(tt) - time.mktime((2023, 8, 9, 0, 0, 0, 2, 221, 0)))
st = time.strptime("30 Nov 00", "%d %b %y")
print(st, st.tm_year, st.tm_yday, time.gmtime(86400 * 365), time.gmtime(0).tm_wday)
print(time.struct_time(tt), time.strftime("%%|%y|%I", tt), time.localtime(0).tm_year >= 1969)
# Reprs of zone-aware datetimes name the C type, zoneinfo.ZoneInfo; a subclass shows its own name.
class LocalZone(zoneinfo.ZoneInfo):
    pass
print(repr(lon), repr(datetime(2024, 5, 6, 7, 8, tzinfo=ny)), [datetime(2024, 1, 1, tzinfo=tok)], repr(LocalZone("UTC")))
print(type(ny).__module__, type(ny).__qualname__, repr(datetime(2024, 1, 1, tzinfo=ny).astimezone(utc)))
