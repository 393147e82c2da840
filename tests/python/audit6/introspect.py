import inspect, traceback, warnings, dataclasses, enum, typing, abc, contextlib, sys, io, functools, linecache
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar, KW_ONLY
def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
def sample(a, b: int = 2, *args, c, d: "str" = "x", **kw) -> bool:
    """Sample doc.

    More lines."""
    return True
t("signature", lambda: str(inspect.signature(sample)))
t("params", lambda: [(p.name, str(p.kind), p.default is p.empty) for p in inspect.signature(sample).parameters.values()])
t("bind", lambda: inspect.signature(sample).bind(1, c=3).arguments)
t("bind fail", lambda: inspect.signature(sample).bind(1))
t("bind extra", lambda: inspect.signature(sample).bind(1, 2, c=1, zz=2).arguments)
t("getdoc", lambda: inspect.getdoc(sample))
t("cleandoc", lambda: inspect.cleandoc("  x\n    y\n  z"))
t("builtin sig", lambda: [str(inspect.signature(f)) for f in (len, sorted, dict.get, str.split, int, range.__init__)])
t("builtin nosig", lambda: inspect.signature(print))
t("getsource", lambda: inspect.getsource(sample).splitlines()[0])
t("getsourcelines", lambda: inspect.getsourcelines(sample)[1])
t("getmembers", lambda: [n for n, _ in inspect.getmembers(sample) if not n.startswith("__")])
t("isfuncs", lambda: (inspect.isfunction(sample), inspect.isbuiltin(len), inspect.ismethod(io.StringIO().read), inspect.isclass(int), inspect.isgeneratorfunction(sample), inspect.iscoroutinefunction(sample)))
t("getfullargspec", lambda: inspect.getfullargspec(sample))
t("getcallargs", lambda: inspect.getcallargs(sample, 1, c=5))
t("unwrap", lambda: inspect.unwrap(functools.wraps(sample)(lambda: 0)) is sample)
t("getmodule", lambda: inspect.getmodule(inspect.getmodule).__name__)
t("getattr_static", lambda: inspect.getattr_static(type("A", (), {"x": property(lambda s: 1)}), "x").__class__.__name__)
t("classify", lambda: sorted(a.kind for a in inspect.classify_class_attrs(type("B", (), {"m": lambda s: 0, "s": staticmethod(len), "c": classmethod(len), "p": property(len)})) if a.name in "mscp"))
def gen():
    yield 1
g = gen()
t("genstate", lambda: (inspect.getgeneratorstate(g), next(g), inspect.getgeneratorstate(g)))
def frames():
    f = inspect.currentframe()
    return (f.f_code.co_name, inspect.getframeinfo(f).function, [fi.function for fi in inspect.stack()[:2]])
t("frames", frames)
def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1)
try:
    deep(3)
except ValueError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print([(fs.name, fs.lineno, fs.line) for fs in tb])
    print("".join(traceback.format_exception_only(type(e), e)), end="")
    print(traceback.format_exc().splitlines()[-1])
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], lines[-1], end="")
    te = traceback.TracebackException.from_exception(e)
    print(list(te.format_exception_only()), te.exc_type.__name__)
try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    out = "".join(traceback.format_exception(e))
    print(out.count("Traceback"), "direct cause" in out)
try:
    exec("x = (1,\n")
except SyntaxError as e:
    print(traceback.format_exception_only(type(e), e))
e = ValueError("noted"); e.add_note("note 1"); e.add_note("note 2")
print(traceback.format_exception_only(type(e), e))
eg = ExceptionGroup("grp", [ValueError(1), TypeError(2)])
print("".join(traceback.format_exception(eg)).replace(" ", "."))
s = traceback.format_stack(limit=1); print(len(s), s[0].split(",")[2].strip())
traceback.print_exception(ZeroDivisionError("x"), file=sys.stdout)
print(traceback.format_list([("f.py", 1, "fn", "code()")]))
warnings.simplefilter("always")
with warnings.catch_warnings(record=True) as w:
    warnings.warn("w1")
    warnings.warn("dep", DeprecationWarning, stacklevel=2)
    warnings.warn_explicit("explicit", UserWarning, "fake.py", 42)
    print([(str(x.message), x.category.__name__, x.lineno if x.filename == "fake.py" else "-") for x in w])
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "line src"))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    t("warn as error", lambda: warnings.warn("boom", RuntimeWarning))
    warnings.filterwarnings("ignore", message="ign.*")
    t("ignored", lambda: warnings.warn("ignore me"))
t("bad filter", lambda: warnings.simplefilter("sometimes"))
t("bad category", lambda: warnings.warn("x", category=int))
@dataclass(order=True)
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list, compare=False, repr=False)
    total: float = field(init=False, default=0.0)
    def __post_init__(self):
        self.total = self.qty * 1.5
@dataclass(frozen=True, slots=True)
class P:
    x: int
    y: int = 0
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 1
@dataclass
class IV:
    v: InitVar[int]
    w: int = 0
    _: KW_ONLY
    z: int = 9
    def __post_init__(self, v): self.w += v
i = Item("a", 2)
t("dc repr", lambda: (i, sorted([Item("b"), Item("a", 5)]), asdict(i), astuple(i)))
t("dc fields", lambda: [(f.name, f.type if isinstance(f.type, str) else f.type.__name__) for f in fields(Item)])
t("dc replace", lambda: replace(i, qty=4))
t("dc replace init false", lambda: replace(i, total=1))
t("dc frozen", lambda: setattr(P(1), "x", 2))
t("dc slots", lambda: (P.__slots__, hash(P(1, 2)) == hash(P(1, 2))))
t("dc kw", lambda: K(a=1))
t("dc kw pos", lambda: K(1))
t("dc initvar", lambda: IV(5, z=1))
t("dc missing", lambda: Item())
t("dc mutable default", lambda: dataclass(type("Bad", (), {"__annotations__": {"x": list}, "x": []})))
t("dc order default", lambda: dataclass(type("Bad2", (), {"__annotations__": {"x": int, "y": int}, "x": 1})))
t("dc make", lambda: dataclasses.make_dataclass("M", ["a", ("b", int, 5)])(1))
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
class Status(enum.StrEnum):
    OK = enum.auto()
    FAIL = enum.auto()
@enum.unique
class Lvl(enum.IntEnum):
    LOW = 1
    HIGH = 2
t("enum", lambda: (Color.RED, str(Color.RED), Color(2), Color["BLUE"], list(Color), Color.RED.name, Color.RED.value))
t("enum bad value", lambda: Color(7))
t("enum bad name", lambda: Color["PINK"])
t("enum flag", lambda: (Perm.R | Perm.W, str(Perm.R | Perm.W), Perm(7), Perm.R in Perm(6), ~Perm.R, Perm(0), format(Perm.R), list(Perm(7))))
t("enum flag bad", lambda: Perm(8))
t("strenum", lambda: (Status.OK, str(Status.OK), Status.OK == "ok", f"{Status.FAIL}"))
t("intenum", lambda: (Lvl.LOW < Lvl.HIGH, Lvl.HIGH + 1, str(Lvl.HIGH), format(Lvl.HIGH, "03d"), repr(Lvl.LOW)))
t("unique", lambda: enum.unique(enum.Enum("D", {"A": 1, "B": 1})))
t("enum reassign", lambda: setattr(Color, "RED", 5))
t("enum extend", lambda: type("C2", (Color,), {"X": 9}))
t("functional", lambda: list(enum.Enum("Animal", "ANT BEE CAT")))
t("enum members", lambda: (Color.__members__.keys(), Color.RED in Color, 1 in [c.value for c in Color]))
T = typing.TypeVar("T")
class Box(typing.Generic[T]):
    def __init__(self, v: T): self.v = v
t("typing reprs", lambda: (typing.List[int], typing.Optional[str], typing.Union[int, str], typing.Dict[str, typing.Any], typing.Callable[[int], str], Box[int], list[int] | None, typing.Literal["a", 1], typing.Tuple[int, ...]))
t("get_type_hints", lambda: typing.get_type_hints(sample))
t("get_origin", lambda: (typing.get_origin(list[int]), typing.get_args(typing.Dict[str, int]), typing.get_args(int | str)))
t("typeddict", lambda: typing.TypedDict("TD", {"a": int, "b": str}, total=False).__optional_keys__)
t("namedtuple typing", lambda: typing.NamedTuple("NT", [("a", int), ("b", str)])(1, "x"))
t("protocol", lambda: isinstance([], typing.runtime_checkable(type("SizedP", (typing.Protocol,), {"__len__": lambda s: 0}))))
t("protocol not rc", lambda: isinstance(1, typing.SupportsInt.__mro__[0]))
t("generic bad", lambda: Box[int, str])
t("cast", lambda: typing.cast(int, "x"))
t("newtype", lambda: (typing.NewType("UserId", int)(5), typing.NewType("UserId", int)))
t("overload", lambda: typing.overload(lambda: 0)())
t("final", lambda: typing.final(Box) is Box)
t("assert_never", lambda: typing.assert_never(1))
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
class Sq(Shape):
    def area(self): return 4
t("abc inst", lambda: Shape())
t("abc partial", lambda: Sq())
t("abc register", lambda: (Shape.register(int), isinstance(1, Shape), issubclass(bool, Shape)))
@contextlib.contextmanager
def managed(name):
    print("enter", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", e)
    finally:
        print("exit", name)
with managed("a") as v:
    print("body", v)
with managed("b"):
    raise KeyError("kb")
t("suppress", lambda: [contextlib.suppress(ZeroDivisionError).__enter__(), "ok"])
with contextlib.suppress(ZeroDivisionError):
    1 / 0
with contextlib.ExitStack() as st:
    for n in "xyz":
        st.enter_context(managed(n))
    st.callback(print, "callback ran")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
with contextlib.nullcontext(5) as n:
    print("null", n)
class Closer:
    def close(self): print("closed")
with contextlib.closing(Closer()):
    pass
@contextlib.contextmanager
def noyield():
    if False:
        yield
t("no yield", lambda: noyield().__enter__())
