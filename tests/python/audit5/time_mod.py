# time: strftime/strptime with every directive, gmtime/localtime with TZ set,
# struct_time, mktime, errors.
import os, time
os.environ["TZ"] = "America/New_York"
time.tzset()
print(time.tzname, time.timezone, time.altzone, time.daylight)
t = 1700000000
g = time.gmtime(t)
print(g, g.tm_zone, g.tm_gmtoff, type(g).__name__, len(g), g[:3])
l = time.localtime(t)
print(l, l.tm_zone, l.tm_gmtoff, l.tm_isdst)
s = time.localtime(1690000000)
print(s.tm_zone, s.tm_gmtoff, s.tm_isdst)
print(time.mktime(l), time.mktime(s), time.mktime((2024, 2, 29, 12, 0, 0, 0, 0, -1)))
print(time.asctime(g), time.ctime(t), time.asctime((2024, 1, 5, 3, 4, 5, 4, 5, 0)))
d = "aAbBcCdDeFgGhHIjmMnpRrStTuUVwWxXyYzZ%"
for ch in d:
    print(ch, repr(time.strftime("%" + ch, l)), repr(time.strftime("%" + ch, g)))
print(repr(time.strftime("%Ec %EC %Ex %EX %Ey %EY %Od %Oe %OH %OI %Om %OM %OS %Ou %OU %OV %Ow %OW %Oy", l)))
print(repr(time.strftime("%s", l)), repr(time.strftime("%k|%l|%P|%-d|%q", l)))
print(repr(time.strftime("", l)), repr(time.strftime("%", l)), repr(time.strftime("x%%y", l)))
for args in [((2024, 13, 1, 0, 0, 0, 0, 1, 0),), ((2024, 1, 32, 0, 0, 0, 0, 1, 0),), ((2024, 1, 1, 25, 0, 0, 0, 1, 0),), ((2024, 1, 1, 0, 61, 0, 0, 1, 0),), ((2024, 1, 1, 0, 0, 62, 0, 1, 0),), ((2024, 1, 1, 0, 0, 0, 7, 1, 0),), ((2024, 1, 1, 0, 0, 0, 0, 367, 0),), ((2024, 1, 1),), ("x",)]:
    try:
        print(repr(time.strftime("%Y-%m-%d %j %a", *args)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(repr(time.strftime("%Y %m %d", (2024, 0, 0, 0, 0, 0, 0, 0, 0))))
tests = [("2024-02-29 13:45:10", "%Y-%m-%d %H:%M:%S"), ("29/Feb/24", "%d/%b/%y"), ("Thursday March 7 2024", "%A %B %d %Y"),
         ("12 AM", "%I %p"), ("12 PM", "%I %p"), ("3 pm", "%I %p"), ("100", "%j"), ("2024 10 1", "%Y %U %w"), ("2024 10 1", "%Y %W %w"),
         ("2024 5 3", "%G %V %u"), ("+0530", "%z"), ("-08:00", "%z"), ("Z", "%z"), ("UTC", "%Z"), ("EST", "%Z"), ("1:2:3", "%H:%M:%S"),
         ("Mon Jan  1 00:00:00 2024", "%c"), ("01/02/24", "%x"), ("13:14:15", "%X"), ("%", "%%"), ("  7", "%d"),
         ("2024-13-01", "%Y-%m-%d"), ("abc", "%Y"), ("2024", "%Y %m"), ("2024 junk", "%Y"), ("99", "%y"), ("68", "%y"), ("69", "%y"),
         ("1999 366", "%Y %j"), ("61", "%S"), ("a", "%Q"), ("5", "%-d")]
for s, f in tests:
    try:
        r = time.strptime(s, f)
        print(s, "|", f, "|", tuple(r), r.tm_zone, r.tm_gmtoff)
    except (ValueError, TypeError) as e:
        print(s, "|", f, "|", type(e).__name__, e)
try:
    time.strptime(5, "%Y")
except TypeError as e:
    print(e)
print(time.strptime("2024", "%Y") == time.strptime("2024-01-01", "%Y-%m-%d"))
try:
    time.gmtime(1e20)
except (OverflowError, OSError, ValueError) as e:
    print(type(e).__name__, e)
try:
    time.gmtime(float("nan"))
except ValueError as e:
    print(e)
try:
    time.localtime("x")
except TypeError as e:
    print(e)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
try:
    time.mktime((1, 2))
except TypeError as e:
    print(e)
print(time.gmtime(0), time.gmtime(-1)[:6], time.gmtime(2**31)[:3])
print(time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0)), time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0, "X", 3600)).tm_zone)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
for clock in ["monotonic", "perf_counter", "process_time", "thread_time", "time"]:
    info = time.get_clock_info(clock)
    print(clock, info.adjustable, info.monotonic, type(info.resolution).__name__, type(getattr(time, clock)()).__name__, type(getattr(time, clock + "_ns")()).__name__)
print(time.CLOCK_MONOTONIC, type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__)
os.environ["TZ"] = "UTC"
time.tzset()
print(time.tzname, time.timezone, time.localtime(0).tm_zone, time.strftime("%Z %z", time.localtime(0)))
os.environ["TZ"] = "Asia/Kolkata"
time.tzset()
print(time.tzname, time.timezone, time.strftime("%Z %z %H:%M", time.localtime(0)))
os.environ["TZ"] = "EST+5EDT,M3.2.0,M11.1.0"
time.tzset()
print(time.tzname, time.timezone, time.altzone, time.strftime("%Z %z %H", time.localtime(1690000000)))
os.environ["TZ"] = "Europe/London"
time.tzset()
print(time.tzname, time.strftime("%Z %z", time.localtime(1690000000)), time.strftime("%Z %z", time.localtime(1700000000)))
