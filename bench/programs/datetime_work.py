# datetime_work: date and datetime arithmetic with timedelta, fixed-offset
# time zones, isoformat/fromisoformat and strftime/strptime round trips,
# sorting and hashing of datetimes, ISO calendars and ordinals.
import sys
from datetime import date, datetime, time, timedelta, timezone


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


ZONES = [timezone.utc, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8), "PST"),
         timezone(timedelta(hours=9))]


def make_events(n):
    base = datetime(2001, 3, 4, 5, 6, 7, 890123)
    step = timedelta(days=3, hours=7, minutes=11, seconds=13, microseconds=17)
    events = []
    for i in range(n):
        dt = base + step * (i * 7919 % n)
        events.append(dt.replace(tzinfo=ZONES[i % len(ZONES)]))
    return events


def arithmetic(events):
    total = 0
    days = 0
    for a, b in zip(events, events[1:]):
        d = b - a
        total += abs(d) // timedelta(seconds=1)
        days += d.days
        days += (a + d // 3).toordinal() % 7
        days += int(d.total_seconds()) % 11
        days += (d * 1.5 // timedelta(hours=1)) % 13
    return total, days


def formatting(events):
    n = 0
    for dt in events:
        s = dt.isoformat()
        back = datetime.fromisoformat(s)
        assert back == dt
        n += len(s) + len(dt.strftime("%Y-%m-%d %H:%M:%S.%f %z %Z %a %j"))
        n += len(str(dt.date())) + len(dt.time().isoformat("milliseconds"))
        n += len(back.astimezone(timezone.utc).isoformat()) % 7
    return n


def parsing(events):
    n = 0
    for dt in events[: len(events) // 10]:
        s = dt.strftime("%d/%m/%Y %H:%M:%S")
        p = datetime.strptime(s, "%d/%m/%Y %H:%M:%S")
        n += p.second + p.minute
    return n


def calendars(n):
    d = date(1999, 12, 25)
    acc = 0
    for i in range(n):
        y, w, wd = d.isocalendar()
        acc += y + w * wd
        acc += date.fromisocalendar(y, w, wd).toordinal() - d.toordinal()
        acc += d.replace(day=1).weekday()
        d += timedelta(days=37)
        if d.year > 9000:
            d = date(1999, 12, 25)
    return acc


def sorting(events):
    s = sorted(events)
    naive = sorted(e.replace(tzinfo=None) for e in events)
    buckets = {}
    for e in events:
        key = e.astimezone(timezone.utc).date()
        buckets[key] = buckets.get(key, 0) + 1
    return s[0].isoformat(), s[-1].isoformat(), naive[len(naive) // 2].isoformat(), len(buckets), max(buckets.values())


def main():
    n = size(30000, 50)
    events = make_events(n)
    total, days = arithmetic(events)
    print(total, days)
    print(formatting(events))
    print(parsing(events))
    print(calendars(n * 2))
    print(*sorting(events))
    t = time(23, 59, 59, 999999, tzinfo=ZONES[1])
    print(t, repr(t), t.utcoffset(), t.replace(fold=1).fold)


main()
