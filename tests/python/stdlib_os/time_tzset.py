# time.tzset with zone names and POSIX TZ rule strings.
import os, time
for tz in ['EST+05EDT,M3.2.0,M11.1.0', 'UTC', 'Europe/Berlin', 'AEST-10AEDT-11,M10.5.0,M3.5.0', 'XYZ', '',
           ':America/New_York', 'EST5', 'CET-1CEST,M3.5.0,M10.5.0/3', '<+03>-3']:
    os.environ['TZ'] = tz
    time.tzset()
    print(repr(tz), time.timezone, time.altzone, time.daylight, time.tzname, time.localtime(1e9)[:9])
    print('   ', time.localtime(1.6e9).tm_zone, time.localtime(1.6e9).tm_gmtoff, time.strftime('%Z %z', time.localtime(1.6e9)),
          time.mktime((2020, 7, 1, 12, 0, 0, 0, 0, -1)), time.mktime((2020, 1, 1, 12, 0, 0, 0, 0, -1)), time.ctime(1e9))
