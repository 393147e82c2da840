# fromisoformat of date, time and datetime: the formats CPython 3.11
# accepts (basic and extended forms, week dates, fractions, offsets, any
# separator) and the errors of everything else.
from datetime import date, time, datetime


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for s in ['T12:00', '12', '1200', '12:00:00.5', '12:00:00,123456789', '12:00+01', '12:00Z', '12:00z', '12:00+0100',
          '12:00-01:00:30.5', 'T1200', '12:0', '24:00', '12:00:60', '12:00+25:00', '12:00+', '12:00 ', '12:00:00.1234567x',
          '12.5', '1:00', '', 'T', '12:', '12:00:00.', '120000.25', '12:00:00+00:00', '12:34:56.789-05:30', '12Z', '12:00Zx']:
    t("time " + s, lambda: time.fromisoformat(s))
for s in ['2020-01-01', '20200101', '2020-W01', '2020W011', '2020-W01-1', '2020W01', '2020-13-01', '2020-02-30', '2020-W54',
          '2020-01', '2020-0101', '202001-01', '0000-01-01', '2020-01-01 ', '2020-W53-7', '2021-W53', '2020-W01-8', '2020-1-01', '']:
    t("date " + s, lambda: date.fromisoformat(s))
for s in ['2020-01-01T12', '2020-01-01 12:00', '20200101T1200Z', '2020-W01-1T00', '2020W011T00', '2020-01-01T24:00',
          '2020-01-01T12:00+01:00:00.5', '2020-01-01X12', '2020-01-01T', '2020-01-0112', '2020-01-01T12:00+00:00',
          '2020-01-01\u00e912', '2020-01-01', '2020W01', '2020-W01', '2020W0112:00', '2020-W0112', '2020-02-30T00',
          '2020-01-01T12:00:00.123456789', '2020-01-01T12:30:45.5-0800', '2020-01-01T01:02:03,4Z', '2020-W01-', 'abc']:
    t("datetime " + s, lambda: datetime.fromisoformat(s))
t("date int", lambda: date.fromisoformat(1))
t("time int", lambda: time.fromisoformat(1))
t("datetime int", lambda: datetime.fromisoformat(1))
for dt in [datetime(2020, 5, 6, 7, 8, 9, 10), datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999)]:
    for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
        s = dt.isoformat(timespec=spec)
        print(spec, s, datetime.fromisoformat(s), time.fromisoformat(dt.time().isoformat(spec)))


class Sub(datetime):
    pass


t("subclass", lambda: Sub.fromisoformat("2020-01-01T00:00"))
t("surrogate sep", lambda: datetime.fromisoformat("2018-01-31\ud80023:59:47.124789"))
t("surrogate date", lambda: date.fromisoformat("2018-01-3\ud800"))
