import textwrap, string, difflib, pprint, reprlib, json, collections, dataclasses, enum, typing, abc, functools
s = "The quick brown fox jumps over the lazy dog. " * 4
print(textwrap.fill(s, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(s, 50, placeholder=" [...]"))
print(textwrap.dedent("""\
    a
      b
    c"""), textwrap.indent("x\n\ny\n", "> ", lambda l: True))
print(textwrap.wrap("averyveryverylongwordwithoutspaces and more", 10, break_long_words=True, max_lines=3))
t = string.Template("$who likes ${what}; $$ cost")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
print(string.capwords("hello   world-foo bar"), string.ascii_letters[:5], string.punctuation)
print(string.Formatter().format("{0:>5}|{name!r:^9}|{1:.2f}", "a", 3.14159, name="nm"))
a = "one two three four five six".split()
b = "one two 3 four six seven".split()
print(list(difflib.unified_diff(a, b, "a.txt", "b.txt", lineterm="")))
print(list(difflib.ndiff(["abcde\n", "fgh\n"], ["abXde\n", "fgh\n", "new\n"])))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), difflib.SequenceMatcher(None, "abcd", "bcde").ratio())
print(list(difflib.context_diff(["a\n","b\n","c\n"], ["a\n","B\n","c\n"], fromfile="x", tofile="y")))
sm = difflib.SequenceMatcher(None, "qabxcd", "abycdf")
print(sm.get_opcodes(), sm.get_matching_blocks())
data = {"name": "krait", "versions": list(range(20)), "nested": {"a": [{"x": 1, "y": (2, 3)}] * 3, "b": set("abc") and sorted("cab")},
        "long": "x" * 90}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2, compact=True)
print(pprint.pformat(collections.OrderedDict(a=1, b=2)), pprint.pformat(collections.Counter("aabbbc")), pprint.pformat(collections.defaultdict(list, {"k": [1]})))
print(pprint.saferecursive if hasattr(pprint, "saferecursive") else pprint.isrecursive([1]), pprint.isreadable({1: "a"}))
r = reprlib.Repr(); r.maxlist = 3; r.maxstring = 12
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), r.repr([1, 2, 3, 4, 5]), reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(10))))
class Rec(list):
    @reprlib.recursive_repr()
    def __repr__(self): return "<" + ",".join(map(repr, self)) + ">"
x = Rec([1]); x.append(x); print(repr(x))
@dataclasses.dataclass(order=True, frozen=True)
class P:
    x: int
    y: float = 0.0
    tags: tuple = dataclasses.field(default=(), compare=False, repr=False)
print(P(1), P(1, 2.5) < P(2), dataclasses.asdict(P(3, 4)), dataclasses.astuple(P(3)), [f.name for f in dataclasses.fields(P)])
try:
    P(1).x = 5
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
pprint.pprint([P(i, i / 3) for i in range(3)], width=30)
class Color(enum.Enum):
    RED = 1; GREEN = 2
class Perm(enum.IntFlag):
    R = 4; W = 2; X = 1
print(Color.RED, repr(Color.GREEN), Color(2), Color["RED"], list(Color), Perm.R | Perm.W, repr(Perm(7)), Perm(0), str(Perm.R|Perm.X), format(Color.RED), f"{Perm.W}")
try:
    Color(5)
except ValueError as e:
    print(e)
class S(enum.StrEnum):
    A = enum.auto(); B = enum.auto()
print(S.A, repr(S.B), S.A == "a", json.dumps({"c": S.A, "p": Perm.R}))
T = typing.TypeVar("T")
class Box(typing.Generic[T]):
    def __init__(self, v: T) -> None: self.v = v
def f(a: int, b: typing.Optional[list[str]] = None, *c: "Box[int]") -> dict[str, typing.Any]: ...
print(typing.get_type_hints(f), Box[int], typing.get_args(typing.Union[int, str]), typing.get_origin(list[int]), typing.Optional[int], typing.Callable[[int], str])
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
try:
    Base()
except TypeError as e:
    print(e)
@functools.singledispatch
def show(x): return f"obj {x!r}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return "list " + ",".join(show(i) for i in x)
print(show(1), show("s"), show([1, "a"]), show.dispatch(bool).__name__)
print(functools.partial(int, base=2), repr(functools.partial(max, 1, key=abs)))
@functools.lru_cache(maxsize=2)
def sq(n): return n * n
[sq(i) for i in (1, 2, 1, 3, 1)]
print(sq.cache_info(), functools.reduce(lambda a, b: a * b, range(1, 6)), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
