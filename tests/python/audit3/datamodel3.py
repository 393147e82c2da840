import abc, weakref, sys
def tr(fn):
    try: print("ok", repr(fn()))
    except BaseException as e: print(type(e).__name__, e)
class AB(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
    @abc.abstractmethod
    def g(self): pass
tr(lambda: AB())
class AB2(AB):
    def f(self): pass
tr(lambda: AB2())
class AB3(AB2):
    def g(self): pass
tr(lambda: type(AB3()).__name__)
print(sorted(AB.__abstractmethods__), AB2.__abstractmethods__)
class NoAbc:
    __abstractmethods__ = frozenset({"x"})
tr(lambda: NoAbc())
class Sl:
    __slots__ = ("a", "__weakref__")
tr(lambda: weakref.ref(Sl()) is not None)
class Sl2:
    __slots__ = ("a",)
tr(lambda: weakref.ref(Sl2()))
class Sl3:
    __slots__ = ("__dict__",)
s3 = Sl3(); s3.x = 1; print(s3.__dict__)
tr(lambda: type("Z", (), {"__slots__": ("__weakref__", "__weakref__")}))
tr(lambda: type("Z", (Sl,), {"__slots__": ("__weakref__",)}))
tr(lambda: type("Z", (Sl3,), {"__slots__": ("__dict__",)}))
tr(lambda: type("Z", (), {"__slots__": ("__class__",)}))
tr(lambda: type("Z", (), {"__slots__": {"a": "doc a"}}).a.__doc__)
tr(lambda: type("Z", (), {"__slots__": 5}))
tr(lambda: type("Z", (), {"__slots__": ("__private",)}).__dict__.keys() - object.__dict__.keys())
class Private:
    __slots__ = ("__p",)
    def __init__(self): self.__p = 1
print(sorted(k for k in Private.__dict__ if "p" in k.lower()), Private()._Private__p)
class SlotNoInit:
    __slots__ = ("x",)
tr(lambda: SlotNoInit().x)
def delx():
    s = SlotNoInit(); del s.x
tr(delx)
# instance checks
class Meta(type):
    def __instancecheck__(cls, inst): return True
class AnyI(metaclass=Meta): pass
print(isinstance(1, AnyI), isinstance(1, (str, AnyI)))
class NotAType:
    def __instancecheck__(self, inst): return True
tr(lambda: isinstance(1, NotAType()))
class HasBases:
    __bases__ = ()
    def __instancecheck__(self, inst): return "inst"
tr(lambda: isinstance(1, HasBases()))
class FakeCls:
    @property
    def __class__(self): return int
print(isinstance(FakeCls(), int), type(FakeCls()).__name__, FakeCls().__class__)
tr(lambda: issubclass(int, NotAType()))
class RecB:
    @property
    def __bases__(self): return (self,)
tr(lambda: issubclass(RecB(), RecB()))
# __init_subclass__ default rejects kwargs
tr(lambda: type("Z", (), {}, x=1))
class ISC:
    def __init_subclass__(cls, **kw): print("isc", cls.__name__, kw)
tr(lambda: type("Z", (ISC,), {}, a=1))
class ISC2:
    @classmethod
    def __init_subclass__(cls): print("explicit classmethod", cls.__name__)
class ISC3(ISC2): pass
# __set_name__ later assignment not called
class SN:
    def __set_name__(self, o, n): print("set_name", n)
class Host: pass
Host.x = SN()
print("no set_name above")
# __class_getitem__ on subclass and as classmethod
class CG:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item!r}]"
class CG2(CG): pass
print(CG2[1], CG[1:2], CG[()], CG[1, 2])
tr(lambda: CG()[1])
class GIwithCGI:
    def __getitem__(self, k): return "inst"
    def __class_getitem__(cls, k): return "cls"
print(GIwithCGI()[0], GIwithCGI[0])
class MetaGI(type):
    def __getitem__(cls, k): return "meta"
class UsesMeta(metaclass=MetaGI):
    def __class_getitem__(cls, k): return "cgi"
print(UsesMeta[0])
# __format__
class Fm:
    def __format__(self, spec):
        return f"<{spec}>"
print(f"{Fm():>10}", format(Fm(), ""), "{0:abc}".format(Fm()), "{!r:>5}".format(1))
tr(lambda: format(object(), "s"))
tr(lambda: format(object(), ""))
tr(lambda: "{:d}".format("a"))
tr(lambda: "{:s}".format(1))
tr(lambda: "{:x}".format(1.5))
tr(lambda: format(1, ",x"))
tr(lambda: format(1.5, "=s"))
tr(lambda: format("s", "=5"))
tr(lambda: format(1, ".2d"))
tr(lambda: format(1, "c"))
tr(lambda: format(-1, "c"))
tr(lambda: format(True, "s"))
tr(lambda: format(None, "s"))
tr(lambda: f"{1:{'>'}{5}}")
tr(lambda: f"{'a'!x}" if False else "skip")
tr(lambda: "{0}{1}".format(1))
tr(lambda: "{a}".format(b=1))
tr(lambda: "{".format())
tr(lambda: "}".format())
tr(lambda: "{0:{1}}".format(1, "{"))
tr(lambda: "{0[}".format([]))
tr(lambda: "{0.}".format(1))
tr(lambda: "{!}".format(1))
tr(lambda: "{0!r:}".format("x"))
tr(lambda: "{0}{}".format(1, 2))
tr(lambda: "{}{0}".format(1, 2))
tr(lambda: "{:{:{}}}".format(1, 2, 3))
class FmBad:
    def __format__(self, spec): return 5
tr(lambda: "{}".format(FmBad()))
tr(lambda: "%d" % "x")
tr(lambda: "%s %s" % (1,))
tr(lambda: "%s" % (1, 2))
tr(lambda: "%(a)s" % {"b": 1})
tr(lambda: "%z" % 1)
tr(lambda: "%c" % 1.5)
tr(lambda: "%c" % "ab")
tr(lambda: "%d" % 1.5)
tr(lambda: "%x" % 1.5)
tr(lambda: "%.2f %5s|%-5d|" % (3.14159, "ab", 7))
tr(lambda: "%(x)s %(x)r" % {"x": "q"})
tr(lambda: "%s" % [])
tr(lambda: "abc" % ())
tr(lambda: "abc" % 5)
tr(lambda: "abc" % {"a": 1})
tr(lambda: "%*d" % (5, 1))
tr(lambda: "%*d" % ("x", 1))
