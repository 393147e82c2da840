# collections, itertools, functools, dataclasses, typing, enum, logging,
# decimal, fractions, statistics, textwrap, string, pprint, copy, pickle,
# contextlib, operator, inspect as ordinary programs use them.
import collections, itertools, functools, dataclasses, typing, enum, logging, decimal, fractions, statistics
import textwrap, string, pprint, copy, pickle, contextlib, operator, inspect, io, sys
def e(f, *a, **k):
    try:
        print("->", repr(f(*a, **k)))
    except Exception as x:
        print(type(x).__name__, x)
C = collections
d = C.defaultdict(list); d["a"].append(1); print(d, dict(d))
print(C.Counter("abracadabra").most_common(3), C.Counter(a=1) + C.Counter(a=2, b=-1), C.Counter("ab") - C.Counter("b"), C.Counter(a=3) & C.Counter(a=1))
od = C.OrderedDict.fromkeys("abc"); od.move_to_end("a"); print(od, od.popitem(last=False), list(reversed(od)))
dq = C.deque(range(5), maxlen=3); dq.rotate(1); print(dq, dq.maxlen); dq.appendleft(9); print(dq)
e(C.deque().pop)
P = C.namedtuple("P", "x y", defaults=[0]); p = P(1); print(p, p._asdict(), p._replace(y=5), P._fields, P(*range(2)))
e(C.namedtuple, "Q", "x x")
e(C.namedtuple, "Q", "def")
e(P, 1, 2, 3)
cm = C.ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], dict(cm), cm.new_child({"c": 4}))
print(C.UserDict(a=1), C.UserList([1]), C.UserString("s").upper())
I = itertools
print(list(I.accumulate([1, 2, 3], initial=10)), list(I.chain.from_iterable(["ab", "c"])), list(I.combinations("abc", 2)), list(I.permutations(range(3), 2))[:3])
print(list(I.product("ab", repeat=2)), list(I.islice(I.count(5, 2), 3)), list(I.groupby("aabbbc")) and [(k, len(list(g))) for k, g in I.groupby("aabbbc")])
print(list(I.zip_longest("ab", "c", fillvalue="-")), list(I.starmap(pow, [(2, 3)])), list(I.takewhile(lambda x: x < 3, range(9))), list(I.pairwise("abc")))
print(list(I.compress("abc", [1, 0, 1])), list(I.filterfalse(None, [0, 1, 2])), [list(x) for x in I.tee("ab", 2)], list(I.combinations_with_replacement("ab", 2)))
e(I.islice, [], -1)
e(lambda: list(I.repeat(1, -1)))
F = functools
@F.lru_cache(maxsize=2)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20), fib.cache_info(), F.reduce(operator.add, [1, 2, 3], 10), F.partial(int, base=2)("101"), repr(F.partial(int, base=2)))
e(F.reduce, operator.add, [])
@F.singledispatch
def show(x): return "obj"
@show.register
def _(x: int): return "int"
print(show(1), show("s"), show(True))
@F.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), sorted([3, 1, 2], key=F.cmp_to_key(lambda a, b: b - a)))
class CP:
    @F.cached_property
    def val(self): print("computing"); return 5
cp = CP(); print(cp.val, cp.val)
@dataclasses.dataclass(order=True, frozen=True)
class Pt:
    x: int
    y: int = 0
    tags: list = dataclasses.field(default_factory=list, compare=False, repr=False)
pt = Pt(1, 2); print(pt, pt < Pt(2), dataclasses.asdict(pt), dataclasses.astuple(pt), dataclasses.replace(pt, x=9), [f.name for f in dataclasses.fields(pt)], hash(pt) == hash(Pt(1, 2)))
e(setattr, pt, "x", 5)
e(Pt)
e(dataclasses.dataclass, type("Bad", (), {"__annotations__": {"a": list}, "a": []}))
@dataclasses.dataclass
class Ch(Pt.__mro__[0].__base__ if False else object):
    a: int
    b: str = "s"
    def __post_init__(self): self.c = self.a * 2
print(Ch(3), Ch(3).c, Ch.__init__.__annotations__ if hasattr(Ch.__init__, "__annotations__") else "", dataclasses.is_dataclass(Ch), Ch.__match_args__)
T = typing
print(T.get_type_hints(Ch), T.Optional[int], T.Union[int, str], T.List[int], T.Dict[str, T.Any], T.Callable[[int], str], T.Literal["a"], T.Tuple[int, ...])
print(T.get_origin(T.List[int]), T.get_args(T.Dict[str, int]), list[int], int | None, T.Annotated[int, "m"], T.TypeVar("X"), T.Generic, T.cast(int, "x"))
class Proto(T.Protocol):
    def meth(self) -> int: ...
@T.runtime_checkable
class RP(T.Protocol):
    def close(self): ...
print(isinstance(io.StringIO(), RP), isinstance(1, RP))
class TD(T.TypedDict, total=False):
    a: int
print(TD(a=1), TD.__total__, T.NamedTuple("NT", [("a", int)])(1), T.NewType("UserId", int)(5))
e(T.Union)
e(isinstance, 1, T.List[int])
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
class St(enum.StrEnum):
    A = enum.auto()
print(Color.RED, repr(Color.RED), Color(2), Color["GREEN"], list(Color), Color.RED.name, Color.RED.value, Perm.R | Perm.W, repr(Perm(7)), Perm(0), St.A, repr(St.A))
e(Color, 5)
e(lambda: Color["BLUE"])
e(enum.Enum, "E", "a a")
print(len(Color), Color.RED in Color, Color.RED is Color(1), [m.name for m in Perm], format(Color.RED), f"{Perm.R}", str(Perm.R | Perm.X))
log = logging.getLogger("app.sub")
buf = io.StringIO()
h = logging.StreamHandler(buf); h.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
log.addHandler(h); log.setLevel(logging.DEBUG)
log.debug("d %s", 1); log.info("i"); log.warning("w %d%%", 5); log.error("e", exc_info=False)
try: 1 / 0
except ZeroDivisionError: log.exception("caught")
print(buf.getvalue().splitlines()[:5], buf.getvalue().splitlines()[-1])
print(logging.getLevelName(10), logging.getLevelName("WARNING"), logging.getLevelName(15), log.getEffectiveLevel(), log.parent.name, logging.root.level)
buf2 = io.StringIO()
logging.basicConfig(stream=buf2, format="%(levelname)s %(message)s", level=logging.INFO)
logging.info("root info"); logging.debug("hidden"); logging.warning("x=%s", {"a": 1})
print(repr(buf2.getvalue()))
D = decimal.Decimal
print(D("1.10") + D("2.205"), D(1) / D(7), D("1e3").quantize(D("0.01")), D(0.1), D("NaN"), D("-0"), D("1.5").to_integral_value(), round(D("2.675"), 2), D(10) ** -2)
with decimal.localcontext() as ctx:
    ctx.prec = 5; print(D(1) / D(3), ctx.prec)
# _pydecimal's messages differ from _decimal's: only the exception types here
for f in [lambda: D("abc"), lambda: D(1) / D(0), lambda: D("x1")]:
    try: f()
    except decimal.DecimalException as x: print(type(x).__name__)
print(repr(D("1.50")), D("123.456").as_tuple(), D(2).sqrt(), D("0.1") * 3 == D("0.3"), hash(D("1.0")) == hash(1), int(D("-3.9")), float(D("1.25")))
Fr = fractions.Fraction
print(Fr(3, 6), Fr("1.25"), Fr(0.5), Fr(1, 3) + Fr(1, 6), Fr(7, 3) // 1, round(Fr(7, 2)), Fr(1, 3).limit_denominator(2), repr(Fr(2, 4)), Fr(1, 3) ** 2, float(Fr(1, 3)))
e(Fr, 1, 0)
e(Fr, "x")
S = statistics
print(S.mean([1, 2, 3, 4]), S.median([3, 1, 2]), S.mode("aab"), S.stdev([1, 2, 3, 4]), S.pvariance([1, 2, 3]), S.median_low([1, 2, 3, 4]), S.quantiles(range(10), n=4), S.fmean([1, 2]), S.geometric_mean([1, 4]), S.harmonic_mean([1, 2]))
e(S.mean, [])
e(S.stdev, [1])
print(S.NormalDist(0, 1).cdf(1.0), S.correlation([1, 2, 3], [2, 4, 7]), S.linear_regression([1, 2, 3], [2, 4, 6]), S.multimode("aabbc"))
txt = "The quick brown fox jumps over the lazy dog " * 3
print(textwrap.wrap(txt, 20)[:3], textwrap.fill("a b c", 3), textwrap.shorten(txt, 30), repr(textwrap.dedent("  a\n    b\n")), repr(textwrap.indent("a\n\nb", "> ")))
print(string.ascii_letters, string.punctuation, string.capwords("hello  world"), string.Template("$a ${b}").substitute(a=1, b=2), string.Template("$a").safe_substitute())
e(string.Template("$a").substitute)
print(string.Formatter().format("{0:>5}|{x!r}", 1, x="y"), "{:,.2f}".format(1234567.891), "{:08.3e}".format(-1.5), format(255, "#x"), "{!a:^9}".format("é"), f"{3.0:g}", f"{1e16:g}", f"{0.0001:%}")
e("{".format)
e("{0}".format)
e("{a}".format)
e(format, 1, "q")
pprint.pprint({"k%d" % i: list(range(i)) for i in range(8)}, width=40)
print(pprint.pformat([{"a": 1, "b": [1, 2] * 20}], compact=True, width=50), pprint.isreadable([1]), pprint.saferepr(1))
lst = [[1], {"a": [2]}]; c1 = copy.copy(lst); c2 = copy.deepcopy(lst); print(c1[0] is lst[0], c2[0] is lst[0], c2 == lst)
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    obj = [1, 2.5, "s", b"b", None, True, (1,), {"a": {1, 2}}, frozenset([3]), 10**30, Color.RED, Pt(1, 2), P(1, 2), D("1.5"), Fr(1, 3), C.OrderedDict(a=1)]
    print(proto, pickle.loads(pickle.dumps(obj, proto)) == obj, len(pickle.dumps([1, "a"], proto)))
print(pickle.dumps([1, "a", None], 2), pickle.dumps({"a": 1}, 4))
try: pickle.dumps(lambda: 1)
except pickle.PicklingError as x: print("PicklingError")
e(pickle.loads, b"garbage")
e(pickle.loads, b"")
@contextlib.contextmanager
def cm(n):
    print("enter", n); yield n * 2; print("exit", n)
with cm(1) as v, contextlib.suppress(KeyError): print(v); {}["x"]
with contextlib.ExitStack() as st:
    st.callback(print, "cb"); st.enter_context(cm(2))
with contextlib.redirect_stdout(io.StringIO()) as f: print("hidden")
print(repr(f.getvalue()), contextlib.nullcontext(5).__enter__())
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3), operator.methodcaller("upper")("a"), operator.add(1, 2), operator.index(5), operator.length_hint([1, 2]))
e(operator.index, 1.5)
def sample(a, b: int = 2, *args, c, d=4, **kw) -> str:
    "Doc."
    return ""
sig = inspect.signature(sample)
print(sig, list(sig.parameters), sig.parameters["b"].annotation, sig.return_annotation, sig.bind(1, c=3).arguments, inspect.getdoc(sample))
print(inspect.isfunction(sample), inspect.isclass(int), inspect.ismodule(io), inspect.isbuiltin(len), inspect.getmodule(sample).__name__, inspect.getsource(fib).splitlines()[0])
print(inspect.signature(len), inspect.getfullargspec(sample).kwonlyargs, [m[0] for m in inspect.getmembers(P, inspect.isfunction)], inspect.unwrap(fib) is not fib)
e(inspect.signature, 5)
e(sig.bind, 1, 2, 3)
print(inspect.getsourcelines(sample)[1], inspect.stack()[0].function, inspect.currentframe().f_code.co_name, inspect.getattr_static(cp, "val").__class__.__name__, inspect.cleandoc("  a\n   b"))
