import hashlib, io, operator, typing, enum, contextlib, os, tempfile, math, re, sys, inspect, tomllib, logging, string, traceback, time, wsgiref.types if False else None
def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
t("file_digest", lambda: hashlib.file_digest(io.BytesIO(b"abc"), "sha256").hexdigest()[:16])
t("file_digest text", lambda: hashlib.file_digest(io.StringIO("abc"), "sha256"))
t("operator.call", lambda: operator.call(max, 1, 5, 3))
t("typing new", lambda: (typing.Self, typing.LiteralString, typing.Never, typing.Required[int], typing.NotRequired[str], typing.Unpack))
T = typing.TypeVarTuple("T"); t("typevartuple", lambda: (T, typing.Unpack[T]))
t("assert_type", lambda: typing.assert_type(5, int))
t("dataclass_transform", lambda: typing.dataclass_transform()(lambda: 0).__dataclass_transform__)
t("get_overloads", lambda: typing.get_overloads(len))
class TD(typing.TypedDict):
    a: int
    b: typing.NotRequired[str]
t("TD keys", lambda: (TD.__required_keys__, TD.__optional_keys__))
class Color(enum.StrEnum):
    RED = enum.auto()
@enum.verify(enum.UNIQUE, enum.CONTINUOUS)
class N(enum.IntEnum):
    A = 1
    B = 2
t("verify fail", lambda: enum.verify(enum.CONTINUOUS)(enum.IntEnum("G", {"A": 1, "C": 3})))
t("verify unique fail", lambda: enum.verify(enum.UNIQUE)(enum.Enum("U", {"A": 1, "B": 1})))
class F(enum.Flag, boundary=enum.STRICT):
    X = 1
    Y = 2
t("flag strict", lambda: F(7))
class F2(enum.Flag, boundary=enum.CONFORM):
    X = 1
    Y = 2
t("flag conform", lambda: F2(7))
class F3(enum.IntFlag, boundary=enum.KEEP):
    X = 1
t("flag keep", lambda: F3(9))
t("enum member/nonmember", lambda: list(type("E", (enum.Enum,), {"a": 1, "b": enum.nonmember(2), "c": enum.member(lambda: 0)}).__members__))
t("enum property", lambda: enum.property)
t("global_enum repr", lambda: repr(re.IGNORECASE) + " " + str(re.I | re.M))
t("show_flag_values", lambda: enum.show_flag_values(7))
t("ReprEnum", lambda: (str(N.A), format(N.A), repr(N.A), str(Color.RED), repr(Color.RED)))
d = tempfile.mkdtemp()
before = os.getcwd()
with contextlib.chdir(d):
    t("chdir", lambda: os.getcwd() == os.path.realpath(d))
t("chdir back", lambda: os.getcwd() == before)
os.rmdir(d)
t("cbrt exp2", lambda: (math.cbrt(-8), math.exp2(0.5)))
t("re atomic", lambda: (re.match(r"(?>a+)b", "aaab").group(), re.match(r"a++b", "aab").group(), re.match(r"(?>a+)ab", "aaab")))
t("re possessive", lambda: re.findall(r"\d*+\w", "123a 45 b"))
eg = ExceptionGroup("top", [ValueError("v1"), TypeError("t1"), ExceptionGroup("inner", [ValueError("v2"), KeyError("k")])])
m, rest = eg.split(ValueError)
t("eg split", lambda: (repr(m), repr(rest)))
t("eg subgroup", lambda: repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
t("eg derive", lambda: eg.derive([ValueError("x")]))
t("eg nonexc", lambda: ExceptionGroup("x", [1]))
t("eg empty", lambda: ExceptionGroup("x", []))
t("eg base", lambda: type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
t("eg mixed", lambda: ExceptionGroup("x", [KeyboardInterrupt()]))
try:
    raise eg
except* ValueError as g:
    print("caught values", [str(e) for e in g.exceptions], len(g.exceptions))
except* (TypeError, KeyError) as g:
    print("caught others", repr(g))
try:
    try:
        raise ExceptionGroup("only", [OSError("o")])
    except* ValueError:
        print("not here")
except ExceptionGroup as g:
    print("reraised", repr(g))
e = ValueError("base")
e.add_note("first note")
t("notes", lambda: (e.__notes__, traceback.format_exception_only(e)))
t("add_note bad", lambda: e.add_note(5))
t("tomllib types", lambda: tomllib.loads('a = 1979-05-27T07:32:00Z\nb = 1979-05-27\nc = 07:32:00.999999\nd = """\nmulti\nline"""\ne = \'lit\\\\\'\nf = 0o17\ng = 0b101\nh = -inf\ni = nan\n[t]\nx.y.z = 1'))
t("logging.getLevelNamesMapping", lambda: sorted(logging.getLevelNamesMapping().items())[:3])
t("string.Template.is_valid", lambda: (string.Template("$a ${b}").is_valid(), string.Template("$a $").is_valid(), string.Template("$a ${b} $a").get_identifiers()))
t("inspect.getmembers_static", lambda: [n for n, _ in inspect.getmembers_static(Color) if n == "RED"])
t("inspect.ismethodwrapper", lambda: inspect.ismethodwrapper(object().__str__))
t("sys.exception", lambda: sys.exception())
try:
    1 / 0
except ZeroDivisionError:
    t("sys.exception in except", lambda: repr(sys.exception()))
t("time.sleep 0", lambda: time.sleep(0))
t("int max str digits", lambda: (sys.get_int_max_str_digits(), int("1" * 4300) > 0))
t("int too many digits", lambda: int("1" * 4301))
t("str too many digits", lambda: str(10 ** 5000))
sys.set_int_max_str_digits(0); t("unlimited", lambda: len(str(10 ** 5000)))
t("set_int bad", lambda: sys.set_int_max_str_digits(100))
