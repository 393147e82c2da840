import collections, contextlib, functools, itertools, operator, types, inspect, dataclasses, typing, enum, sys, io, os
Point = collections.namedtuple("Point", "x y", defaults=[0])
p = Point(1)
print(p, p._asdict(), p._replace(y=5), Point._fields, Point._field_defaults, Point.__doc__, Point.x.__doc__)
try: Point(1, 2, 3)
except TypeError as e: print(e)
try: collections.namedtuple("Bad", "x class")
except ValueError as e: print(e)
c = collections.Counter("abracadabra"); d = collections.Counter(a=1, z=3)
print(c, c + d, c - d, c & d, c | d, -d, +c, c.total(), sorted(c.elements())[:4], c.most_common()[-1])
od = collections.OrderedDict.fromkeys("abc"); od.move_to_end("a"); od.popitem(last=False); print(od, list(reversed(od)), od == {"c": None, "a": None})
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3}); cm2 = cm.new_child({"c": 4}); print(cm, cm2, dict(cm2), cm2.parents, cm["b"], len(cm2))
dq = collections.deque(range(5), maxlen=4); dq.rotate(2); dq.appendleft(9); print(dq, dq.maxlen, dq.index(3) if 3 in dq else None)
dd = collections.defaultdict(lambda: "dflt"); dd["x"]; print(dict(dd), repr(collections.defaultdict(int)))
class UD(collections.UserDict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
u = UD(A=1); u["B"] = 2; print(u, u.data, isinstance(u, collections.abc.MutableMapping))
@contextlib.contextmanager
def tag(n):
    print(f"<{n}>")
    try: yield n
    except ValueError as e: print("handled", e)
    finally: print(f"</{n}>")
with tag("a") as t, tag("b"):
    raise ValueError("in body")
with contextlib.suppress(KeyError, IndexError): [][1]
with contextlib.ExitStack() as st:
    for n in "xy": st.enter_context(tag(n))
    st.callback(print, "callback")
class Res(contextlib.AbstractContextManager):
    def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None)
with Res() as r: print(type(r).__name__)
try:
    with contextlib.nullcontext(5) as v: raise KeyError(v)
except KeyError as e: print(repr(e))
@contextlib.contextmanager
def bad(): yield; yield
try:
    with bad(): pass
except RuntimeError as e: print(e)
f = io.StringIO()
with contextlib.redirect_stdout(f): help(len)
print(f.getvalue().splitlines()[:3])
def fn(a, b: int = 2, *args, c, d=4, **kw) -> str: "doc"
sig = inspect.signature(fn)
print(sig, list(sig.parameters), sig.parameters["b"].annotation, sig.bind(1, c=3).arguments, inspect.getdoc(fn), inspect.isfunction(fn))
try: sig.bind(1)
except TypeError as e: print(e)
print(inspect.signature(functools.partial(fn, 1, c=2)), inspect.getmembers(Point, inspect.isdatadescriptor)[:2])
print(inspect.getsource(tag).splitlines()[0], inspect.getmodule(fn).__name__, inspect.cleandoc("  a\n    b"))
def gen():
    x = yield 1
    print("got", x)
g = gen(); next(g); print(inspect.getgeneratorstate(g))
try: g.send("v")
except StopIteration: print(inspect.getgeneratorstate(g))
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("x")(p), operator.methodcaller("split", ",")("a,b"), repr(operator.itemgetter(1)), repr(operator.attrgetter("a.b")))
ns = types.SimpleNamespace(a=1, b=[2]); print(ns, ns == types.SimpleNamespace(b=[2], a=1))
mp = types.MappingProxyType({"k": 1}); print(mp, mp["k"])
try: mp["k"] = 2
except TypeError as e: print(e)
print(types.new_class("Dyn", (object,), {}, lambda ns: ns.update(z=1)).z, type(print), type(len), types.FunctionType, type(fn.__code__))
class Shape(enum.Enum):
    CIRCLE = "c"
    SQUARE = "s"
    @property
    def label(self): return self.name.title()
    @classmethod
    def parse(cls, s): return cls(s)
print(Shape.parse("s").label, Shape.CIRCLE.value, Shape.__members__.keys(), len(Shape), Shape("c") is Shape.CIRCLE)
class Num(enum.IntEnum):
    ONE = 1; TWO = 2
print(Num.ONE + 1, Num.TWO > Num.ONE, str(Num.ONE), repr(Num.ONE), f"{Num.TWO}", Num(2).name, sorted([Num.TWO, Num.ONE]))
@enum.unique
class U(enum.Enum):
    A = 1
try:
    @enum.unique
    class V(enum.Enum):
        A = 1; B = 1
except ValueError as e: print(e)
class FF(enum.Flag):
    A = enum.auto(); B = enum.auto(); C = enum.auto()
print(FF.A | FF.C, list(FF.A | FF.C), FF(0), bool(FF(0)), FF.A in (FF.A | FF.B), repr(~FF.A))
print(sys.getrecursionlimit(), sys.maxsize, sys.byteorder, sys.version_info[:2], sys.implementation.name != "", type(sys.float_info).__name__, sys.float_info.dig, sys.int_info.bits_per_digit)
