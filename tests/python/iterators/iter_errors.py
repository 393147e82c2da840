for obj in [5, None, object(), 3.5]:
    try:
        iter(obj)
    except TypeError as e:
        print(e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
class NoNext:
    def __iter__(self): return self
try:
    for x in NoNext():
        pass
except TypeError as e:
    print(e)
try:
    next(5)
except TypeError as e:
    print(e)
try:
    a, b = 1
except TypeError as e:
    print(e)
class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print(e)
