import datetime as d, inspect
for n in ('days','seconds','microseconds'):
    x = d.timedelta.__dict__[n]
    print(type(x).__name__, inspect.ismemberdescriptor(x), inspect.isgetsetdescriptor(x), x.__doc__, x.__objclass__, x.__name__, repr(x), x.__qualname__)
try: d.timedelta(1).days = 3
except AttributeError as e: print(e)
try: d.timedelta.days.__set__(d.timedelta(1), 3)
except AttributeError as e: print(e)
try: d.timedelta.days.__delete__(d.timedelta(1))
except AttributeError as e: print(e)
try: del d.timedelta(1).seconds
except AttributeError as e: print(e)
print(d.timedelta.days.__get__(d.timedelta(5, 7)), d.timedelta(5, 7, 9).microseconds)
print(d.timedelta.days.__get__(None, d.timedelta) is d.timedelta.days)
try: d.timedelta.days.__get__(3)
except TypeError as e: print(e)
for n in ('year', 'hour'):
    print(type(d.datetime.__dict__[n]).__name__)
