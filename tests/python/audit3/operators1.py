import operator
ops = ["add","sub","mul","matmul","truediv","floordiv","mod","pow","lshift","rshift","and","or","xor"]
syms = {"add":"+","sub":"-","mul":"*","matmul":"@","truediv":"/","floordiv":"//","mod":"%","pow":"**","lshift":"<<","rshift":">>","and":"&","or":"|","xor":"^"}
class N: pass
class L:
    def __init__(self, log): self.log = log
for op in ops:
    def mk(name):
        def f(self, other): return f"{name}({type(self).__name__},{type(other).__name__})"
        return f
    setattr(L, f"__{op}__", mk(op))
    setattr(L, f"__r{op}__", mk("r"+op))
    setattr(L, f"__i{op}__", mk("i"+op))
class R:
    pass
for op in ops:
    def mk(name):
        def f(self, other): return f"{name}R"
        return f
    setattr(R, f"__r{op}__", mk("r"+op))
l = L(0)
for op in ops:
    s = syms[op]
    print(op, eval(f"l {s} 1"), eval(f"1 {s} l"), end=" ")
    x = l
    exec(f"x {s}= 2")
    print(x)
    print(eval(f"N() {s} R()"))
    for a, b in [(N(), 1), (1, N()), ([], 1.5), ("a", None), (None, None)]:
        try: eval(f"a {s} b")
        except TypeError as e: print(" ", e)
    try:
        y = N(); exec(f"y {s}= 1")
    except TypeError as e: print("  i", e)
try: pow(N(), 1, 2)
except TypeError as e: print(e)
try: pow(1, 2, N())
except TypeError as e: print(e)
try: divmod(N(), 1)
except TypeError as e: print(e)
for u, sym in [(operator.neg, "-"), (operator.pos, "+"), (operator.invert, "~"), (abs, "abs")]:
    try: u(N())
    except TypeError as e: print(e)
    try: u("s")
    except TypeError as e: print(e)
class NI:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
    def __iadd__(self, o): return NotImplemented
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
try: NI() + 1
except TypeError as e: print(e)
try: 1 + NI()
except TypeError as e: print(e)
try:
    z = NI(); z += 1
except TypeError as e: print(e)
print(NI() == NI(), NI() != 1)
for a, b in [(NI(), 1), (1, "a"), ([], ()), (None, None), (N(), N())]:
    for s in ["<", "<=", ">", ">="]:
        try: eval(f"a {s} b")
        except TypeError as e: print(e)
class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
    def __lt__(self, o): return "Base.lt"
    def __gt__(self, o): return "Base.gt"
class Sub(Base):
    def __radd__(self, o): return "Sub.radd"
    def __gt__(self, o): return "Sub.gt"
print(Base() + Sub(), Sub() + Base(), Base() < Sub(), Sub() < Base())
class Sub2(Base): pass
print(Base() + Sub2(), Base() < Sub2())
class Eq:
    def __eq__(self, o): return "eqres"
print(Eq() == 1, 1 == Eq(), Eq() != 1, [Eq()] == [Eq()], Eq() in [1])
class IA:
    def __iadd__(self, o): return 7
a = IA(); a += 1; print(a)
lst = [1]; lst2 = lst; lst += [2]; print(lst2)
t = (1,); t2 = t; t += (2,); print(t2, t)
class GI:
    def __init__(self): self.d = {}
    def __getitem__(self, k): print("get", k); return self.d.get(k, 0)
    def __setitem__(self, k, v): print("set", k, v); self.d[k] = v
g = GI(); g[1] += 5; g[1:2] += 1
class OB:
    x = 1
o = OB(); o.x += 1; print(o.x, OB.x)
print(operator.index(5), operator.index(True))
class Ix:
    def __index__(self): return 3
print([0,1,2,3,4][Ix()], "abcdef"[Ix():], bin(Ix()), hex(Ix()), range(10)[Ix()], operator.index(Ix()))
class BadIx:
    def __index__(self): return 1.5
for f in [lambda: [1][BadIx()], lambda: operator.index(BadIx()), lambda: bin(BadIx()), lambda: [1][1.5], lambda: [1]["a"], lambda: "ab"[None], lambda: range(BadIx()), lambda: operator.index(1.5)]:
    try: f()
    except TypeError as e: print(e)
class BoolIx:
    def __index__(self): return True
import warnings
warnings.simplefilter("error")
try: print(operator.index(BoolIx()))
except DeprecationWarning as e: print("DW", e)
class Neg:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
print(-Neg(), +Neg(), ~Neg(), abs(Neg()))
print(True + True, ~True, -True, 3 ** -1, (-8) ** (1/3) if False else 0, 2 ** 0.5)
for f in [lambda: 1/0, lambda: 1//0, lambda: 1%0, lambda: 1.0/0, lambda: divmod(1, 0), lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: 1 << -1, lambda: 1 >> -1, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0]:
    try: f()
    except (ZeroDivisionError, ValueError) as e: print(type(e).__name__, e)
