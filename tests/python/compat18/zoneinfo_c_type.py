# _zoneinfo.ZoneInfo behaves as CPython's C type: caches held outside the
# class, untracked by gc, not a subclass of the pure-Python class; its
# subclasses get their own weak cache.
import gc
import pickle
import _zoneinfo
import zoneinfo
from zoneinfo import _zoneinfo as py

C = _zoneinfo.ZoneInfo
print(C, C.__mro__)
print("zoneinfo.ZoneInfo is C:", zoneinfo.ZoneInfo is C)
print("C _weak_cache:", hasattr(C, "_weak_cache"), "py _weak_cache:", hasattr(py.ZoneInfo, "_weak_cache"))
print("tracked C:", gc.is_tracked(C), "tracked py:", gc.is_tracked(py.ZoneInfo))
print("subclass of py:", issubclass(C, py.ZoneInfo))
print("module helper hidden:", not hasattr(_zoneinfo, "_mark_static"))

a = C("Europe/London")
print(repr(a), a is C("Europe/London"), a is not py.ZoneInfo("Europe/London"))
print(pickle.loads(pickle.dumps(a)) is a)
b = C.no_cache("Europe/London")
print("no_cache", b is not a, repr(b))
C.clear_cache(only_keys=["Europe/London"])
print("after clear one", C("Europe/London") is not a)
a = C("Asia/Tokyo")
C.clear_cache()
print("after clear all", C("Asia/Tokyo") is not a)


class Sub(C):
    pass


s = Sub("Europe/London")
print(repr(s), type(s).__name__, s is Sub("Europe/London"), s is not C("Europe/London"))
print("Sub _weak_cache:", hasattr(Sub, "_weak_cache"), "tracked Sub:", gc.is_tracked(Sub))
Sub.clear_cache()
print(Sub("Europe/London") is not s)
import datetime
d = datetime.datetime(2020, 7, 1, 12, tzinfo=C("Europe/London"))
print(d.utcoffset(), d.tzname(), repr(d))
