# Local time through time.localtime: fromtimestamp without tz detects the
# PEP 495 fold, timestamp() and astimezone() of naive datetimes resolve
# repeated and skipped hours, under a POSIX TZ rule set with tzset.
import os
import time
from datetime import date, datetime, timedelta, timezone


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for tz in ["EST+05EDT,M3.2.0,M11.1.0", "UTC0", "<+1030>-10:30<+11>-11,M10.1.0,M4.1.0"]:
    os.environ["TZ"] = tz
    time.tzset()
    print(tz)
    for ts in [1604208600 + k * 1800 for k in range(-3, 4)] + [1583650800 + k * 1800 for k in range(-2, 3)] + [0, -1.5, 1e9 + 0.25]:
        dt = datetime.fromtimestamp(ts)
        print(ts, repr(dt), dt.timestamp(), repr(dt.astimezone()), dt.replace(fold=1).timestamp(), date.fromtimestamp(ts))
    t("repeated", lambda: (datetime(2020, 11, 1, 1, 30).timestamp(), datetime(2020, 11, 1, 1, 30, fold=1).timestamp()))
    t("gap", lambda: (datetime(2020, 3, 8, 2, 30).timestamp(), datetime(2020, 3, 8, 2, 30, fold=1).timestamp()))
    t("aware astimezone", lambda: datetime(2020, 7, 1, 12, tzinfo=timezone.utc).astimezone())
    t("timetuple", lambda: datetime.fromtimestamp(1604208600).timetuple())
    t("min", lambda: datetime.min.astimezone())
    t("big", lambda: datetime.fromtimestamp(1e12))
    t("neg big", lambda: datetime.fromtimestamp(-1e12))
