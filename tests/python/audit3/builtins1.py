import warnings; warnings.simplefilter("ignore", DeprecationWarning)
import sys
def tr(fn):
    try: print("ok", repr(fn()))
    except BaseException as e: print(type(e).__name__, e)
# compile/exec/eval
tr(lambda: compile("x", "f", "bad"))
tr(lambda: compile("x = ", "f", "exec"))
tr(lambda: compile("1", "f", "eval", flags=0x100000000))
tr(lambda: compile(1, "f", "exec"))
tr(lambda: compile("a\0b", "f", "exec"))
tr(lambda: compile(b"x = 1", "f", "exec").co_filename)
tr(lambda: compile("x = 1\nx = 2", "f", "single"))
tr(lambda: compile("if 1:\n  pass\n", "f", "single").co_name)
tr(lambda: eval("1 +"))
tr(lambda: eval(""))
tr(lambda: eval("x", {}))
tr(lambda: eval("x", {"x": 1}, {"x": 2}))
tr(lambda: eval("x", 1))
tr(lambda: eval("x", {}, 1))
tr(lambda: eval("x", None, {"x": 3}))
tr(lambda: exec("x", {}, 1))
tr(lambda: exec(1))
tr(lambda: eval(compile("y = 1", "f", "exec")))
tr(lambda: eval("  1 + 1  "))
tr(lambda: eval("\t1"))
tr(lambda: eval("1\n"))
tr(lambda: eval("1;2"))
class M(dict):
    def __missing__(self, k): return "miss:" + k
tr(lambda: eval("abc", {}, M()))
class Map:
    def __getitem__(self, k):
        if k == "q": return 42
        raise KeyError(k)
    def __setitem__(self, k, v): print("set", k, v)
    def keys(self): return []
tr(lambda: eval("q", {}, Map()))
tr(lambda: eval("len", {}, Map()))
tr(lambda: eval("zz", {}, Map()))
tr(lambda: exec("a = 5\nprint(q)", {}, Map()))
g = {}
exec("x = 1", g); print(sorted(g.keys()), type(g["__builtins__"]).__name__)
g = {"__builtins__": {"len": lambda x: "mylen"}}
tr(lambda: eval("len([])", g))
tr(lambda: eval("print", g))
g = {"__builtins__": 5}
tr(lambda: eval("len", g))
class GD(dict): pass
tr(lambda: eval("x", GD(x=7)))
tr(lambda: exec("def f(): return y\ny = 3\nr = f()", {}, None))
l = {}
exec("def f(): return y\ny = 3", {}, l)
tr(lambda: l["f"]())
tr(lambda: exec("return 1"))
tr(lambda: exec("yield 1"))
tr(lambda: exec("nonlocal x"))
tr(lambda: exec(compile("1", "f", "eval")))
tr(lambda: exec("x = 1", {}, {}, 1))
tr(lambda: exec("x", closure=None))
tr(lambda: eval("x", globals={}))
tr(lambda: exec(b"print('bytes src')"))
tr(lambda: exec("print(__name__)", {}))
tr(lambda: eval("__name__", {"__name__": "zz"}))
tr(lambda: eval("[x for x in range(3) if x != y]", {}, {"y": 1}))
# iter with sentinel
it = iter([1, 2, 3, 4].pop, 2)
print(list(it))
tr(lambda: iter(1, 2))
tr(lambda: iter(1))
tr(lambda: iter())
tr(lambda: iter([], 1, 2))
c = iter(lambda: 1 / 0, 0)
tr(lambda: next(c))
class It:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
print(list(iter(It())), 20 in It(), 50 in It())
class It2:
    def __getitem__(self, i):
        if i > 2: raise StopIteration
        return i
print(list(It2()))
class NotIt:
    __iter__ = None
tr(lambda: iter(NotIt()))
tr(lambda: 1 in NotIt())
class BadIt:
    def __iter__(self): return 1
tr(lambda: iter(BadIt()))
tr(lambda: next([]))
tr(lambda: next(iter([]), "d"))
tr(lambda: next(iter([])))
class Contains:
    def __contains__(self, x): return x == 1
print(1 in Contains(), 2 in Contains(), 2 not in Contains())
class ContainsNone:
    __contains__ = None
    def __iter__(self): return iter([1])
tr(lambda: 1 in ContainsNone())
tr(lambda: 1 in 5)
tr(lambda: "a" in ["a"])
tr(lambda: 1 in "abc")
tr(lambda: b"a" in "abc")
# sorted/min/max
tr(lambda: sorted([3, 1, "a"]))
tr(lambda: sorted([1, 2], key=1))
tr(lambda: sorted([1, 2], reverse="x"))
tr(lambda: sorted(5))
tr(lambda: sorted([[1], [0]], key=len))
tr(lambda: min([]))
tr(lambda: max([]))
tr(lambda: min([], default=5))
tr(lambda: min(1, 2, default=5))
tr(lambda: max(1))
tr(lambda: max(1, "a"))
tr(lambda: max([1, 3, 2], key=lambda x: -x))
tr(lambda: max("abc", "abd", key=None))
tr(lambda: min(()))
tr(lambda: max(iter([])))
tr(lambda: max([1, 1.0, True]))
tr(lambda: max([1], [2], key=len, default=3))
# round
for a in [(2.5,), (3.5,), (-0.5,), (1.25, 1), (1.35, 1), (12345, -2), (2.675, 2), (float("inf"),), (float("nan"),), (float("inf"), 2), (1, None), (1.5, None), ("1",), (1, 1.5), (10**20, -19), (-150, -2), (5e-324, 400), (1e308, -308)]:
    tr(lambda: round(*a))
class R:
    def __round__(self, n=None): return ("R", n)
print(round(R()), round(R(), 3))
class NoR: pass
tr(lambda: round(NoR()))
# pow
for a in [(2, 10, 7), (2, -1, 7), (2, -1, 4), (2, 2, 0), (2.0, 2, 3), (2, 2.0, 3), (2, 2, 3.0), (0, -1), (0.0, -1), (-8, 1/3), (2, 3, -5), (-2, 3, 5), (3, -2, 5), (10, 2, 1), (2, -2, -7)]:
    tr(lambda: pow(*a))
tr(lambda: pow(base=2, exp=3, mod=5))
# divmod
for a in [(7, 2), (-7, 2), (7, -2), (7.5, 2), (-7.5, 2), (1, 0), (1.0, 0.0), ("a", 1), (float("inf"), 1)]:
    tr(lambda: divmod(*a))
# zip strict
tr(lambda: list(zip([1, 2], [3], strict=True)))
tr(lambda: list(zip([1], [3, 4], strict=True)))
tr(lambda: list(zip([1], [3], [5, 6], strict=True)))
tr(lambda: list(zip([1, 2], [3], [5, 6], strict=True)))
tr(lambda: list(zip([1], [3], strict=True)))
tr(lambda: list(zip(strict=True)))
tr(lambda: list(zip(1)))
tr(lambda: list(zip([1], 2)))
tr(lambda: list(zip([1], x=2)))
tr(lambda: list(map(None, [1])))
tr(lambda: list(map(lambda x: x)))
tr(lambda: list(map(lambda x: x, 1)))
tr(lambda: list(filter(None, [0, 1, "", "a"])))
tr(lambda: list(filter(1, [1])))
tr(lambda: list(enumerate("ab", start=5)))
tr(lambda: list(enumerate("ab", 1.5)))
tr(lambda: list(enumerate(1)))
tr(lambda: list(reversed([1, 2])))
tr(lambda: reversed(iter([1])))
tr(lambda: type(reversed({1: 2})).__name__)
tr(lambda: list(reversed(range(3))))
class Rev:
    def __len__(self): return 2
    def __getitem__(self, i): return i * 3
print(list(reversed(Rev())))
class RevNone:
    __reversed__ = None
tr(lambda: reversed(RevNone()))
tr(lambda: len(5))
class BadLen:
    def __len__(self): return -1
tr(lambda: len(BadLen()))
class BadLen2:
    def __len__(self): return "x"
tr(lambda: len(BadLen2()))
class BigLen:
    def __len__(self): return 2**70
tr(lambda: len(BigLen()))
tr(lambda: bool(BadLen()))
class FloatLen:
    def __len__(self): return 1.0
tr(lambda: len(FloatLen()))
class BadBool:
    def __bool__(self): return 1
tr(lambda: bool(BadBool()))
tr(lambda: not BadBool())
tr(lambda: sum([1, 2], 10))
tr(lambda: sum(["a", "b"], ""))
tr(lambda: sum([b"a"], b""))
tr(lambda: sum([[1], [2]], []))
tr(lambda: sum([0.1] * 10))
tr(lambda: sum([1, 2], start=5))
tr(lambda: sum(1))
tr(lambda: sum([bytearray(b"a")], bytearray()))
tr(lambda: abs(-5))
tr(lambda: abs("a"))
tr(lambda: all(1))
tr(lambda: any([0, []]))
tr(lambda: callable(1))
tr(lambda: chr(-1))
tr(lambda: chr(0x110000))
tr(lambda: chr("a"))
tr(lambda: ord("ab"))
tr(lambda: ord(""))
tr(lambda: ord(1))
tr(lambda: ord(b"a"))
tr(lambda: ord(bytearray(b"ab")))
tr(lambda: hash([]))
tr(lambda: hash(-1))
tr(lambda: hash(1.0) == hash(1))
class H:
    def __hash__(self): return 2**100
tr(lambda: hash(H()) == hash(2**100))
class H2:
    def __hash__(self): return "x"
tr(lambda: hash(H2()))
class H3:
    def __eq__(self, o): return True
tr(lambda: hash(H3()))
tr(lambda: H3.__hash__)
class H4(H3):
    __hash__ = object.__hash__
tr(lambda: type(hash(H4())).__name__)
tr(lambda: {H3()})
tr(lambda: id(1) == id(1))
tr(lambda: isinstance(1, (int, (str, float))))
tr(lambda: isinstance(1, [int]))
tr(lambda: issubclass(1, int))
tr(lambda: issubclass(int, 1))
tr(lambda: isinstance(1, int | str))
tr(lambda: issubclass(bool, int | None))
tr(lambda: isinstance(1, list[int]))
class Meta(type):
    def __instancecheck__(cls, o): return o == "magic"
    def __subclasscheck__(cls, c): return c is str
class MC(metaclass=Meta): pass
tr(lambda: (isinstance("magic", MC), isinstance(1, MC), issubclass(str, MC), issubclass(int, MC), isinstance(MC(), MC)))
tr(lambda: getattr(1, "nope"))
tr(lambda: getattr(1, "nope", "dflt"))
tr(lambda: getattr(1, 2))
tr(lambda: setattr(1, "x", 2))
tr(lambda: delattr(1, "real"))
tr(lambda: hasattr(1, 2))
class HA:
    @property
    def p(self): raise ValueError("prop")
tr(lambda: hasattr(HA(), "p"))
tr(lambda: getattr(HA(), "p", 1))
tr(lambda: bin(1.5))
tr(lambda: oct(-8))
tr(lambda: hex(-255))
tr(lambda: format(1, 5))
tr(lambda: format(object(), "x"))
tr(lambda: format(1, "q"))
tr(lambda: format("a", "d"))
tr(lambda: format(1.5, "d"))
tr(lambda: format([1], ""))
class F:
    def __format__(self, spec): return 1
tr(lambda: format(F()))
tr(lambda: f"{F()}")
class F2:
    def __format__(self, spec): return "F2:" + spec
tr(lambda: (format(F2(), "abc"), f"{F2():xy}", "{:zz}".format(F2())))
tr(lambda: repr(type("X", (), {"__repr__": lambda s: 5})()))
tr(lambda: str(type("X", (), {"__str__": lambda s: 5})()))
tr(lambda: ascii("é\n\U0001f600"))
tr(lambda: vars(1))
tr(lambda: vars(1, 2))
tr(lambda: sorted(vars(type("X", (), {"a": 1}))))
tr(lambda: type(vars()).__name__)
tr(lambda: dir(1, 2))
class D:
    def __dir__(self): return ["b", "a", "c"]
tr(lambda: dir(D()))
class D2:
    def __dir__(self): return 5
tr(lambda: dir(D2()))
class D3:
    z = 1; a = 2
    def m(self): pass
print([n for n in dir(D3) if not n.startswith("__")], [n for n in dir(D3()) if not n.startswith("__")])
def loc():
    a = 1; b = 2
    return dir(), sorted(locals())
print(loc())
tr(lambda: print(1, sep=5))
tr(lambda: print(1, end=5))
tr(lambda: print(1, file=5))
tr(lambda: print(1, flush=1))
tr(lambda: print(1, 2, sep=None, end=None))
tr(lambda: print(x=1))
class W:
    def write(self, s): sys.stdout.write("[" + s + "]")
print("a", "b", file=W(), sep="-")
print()
print(file=None)
tr(lambda: __import__("nonexistent_mod_x"))
tr(lambda: __import__(""))
tr(lambda: __import__("os", level=-1))
tr(lambda: __import__(1))
tr(lambda: __import__("os").__name__)
tr(lambda: __import__("os.path", fromlist=["join"]).__name__)
tr(lambda: __import__("os.path").__name__)
tr(lambda: __build_class__(1, "x"))
tr(lambda: __build_class__(lambda: 0, 1))
tr(lambda: __build_class__())
tr(lambda: globals() is sys.modules["__main__"].__dict__)
tr(lambda: slice(1, 2, 3).indices(10))
tr(lambda: slice(1, 2, 0).indices(10))
tr(lambda: hash(slice(1)))
tr(lambda: memoryview(b"ab")[0])
tr(lambda: property().__get__(1))
tr(lambda: property().__set__(1, 2))
tr(lambda: property().__delete__(1))
tr(lambda: staticmethod(1)())
tr(lambda: classmethod(1).__func__)
tr(lambda: super())
tr(lambda: super(int, "a"))
tr(lambda: super(1, 1))
tr(lambda: object.__init__(1, 2))
tr(lambda: object.__new__(object, 1))
tr(lambda: NotImplemented.__bool__())
tr(lambda: bool(NotImplemented))
tr(lambda: type(Ellipsis).__name__)
tr(lambda: type(None)(1))
tr(lambda: type(None)())
tr(lambda: type(NotImplemented)())
tr(lambda: type(...)())
