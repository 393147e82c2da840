# time.strptime through _strptime, and datetime's use of time.
import time, datetime
print(time.strptime('2020-03-07 13:05:09', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('Sat Mar  7 13:05:09 2020'))
print(time.strptime('07/03/20', '%d/%m/%y')[:3], time.strptime('2020 067', '%Y %j')[:3])
for s, f in [('x', '%Y'), ('2020-13-01', '%Y-%m-%d'), ('2020', '%Y %H')]:
    try:
        time.strptime(s, f)
    except ValueError as e:
        print('ValueError', e)
try:
    time.strptime(1)
except TypeError as e:
    print('TypeError', e)
d = datetime.datetime(2020, 1, 2, 3, 4, 5)
print(d.strftime('%c %j %a %B'), d.timetuple(), time.mktime(d.timetuple()) == d.timestamp())
print(datetime.datetime.fromtimestamp(0, datetime.timezone.utc), datetime.datetime.utcfromtimestamp(1e9))
print(tuple(datetime.date(2021, 1, 1).isocalendar()), datetime.date(2021, 1, 1).strftime('%G-W%V-%u'))
print(datetime.datetime.strptime('2020-03-07T13:05', '%Y-%m-%dT%H:%M'))
