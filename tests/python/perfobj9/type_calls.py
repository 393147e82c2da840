# tuple(generator), list(generator), int(str) and int(float) called in
# loops (the CALL_BUILTIN_TYPE fast paths), their errors, and interning.
import sys

for n in range(7):
    g = (i * 3 for i in range(n))
    t = tuple(g)
    print(n, t, type(t).__name__, list(g), tuple(x for x in range(n)) == tuple(range(n)))
print(list(c for c in "abc"), list(x for x in ()), tuple(x for x in ()) == ())
for _ in range(3):
    print(tuple(int(p) for p in "1.22.333".split(".")), list(int(p) for p in "4.5".split(".")))

def gen_err():
    yield 1
    raise KeyError("boom")

for ctor in (tuple, list):
    try:
        ctor(gen_err())
    except KeyError as e:
        print(ctor.__name__, "KeyError", e)
g = (x for x in range(3))
next(g)
print(tuple(g), tuple(g))
def running():
    yield tuple(running_gen)
running_gen = running()
try:
    next(running_gen)
except ValueError as e:
    print("ValueError", e)

class T(tuple):
    pass
class L(list):
    pass
print(type(T(x for x in "ab")).__name__, T(x for x in "ab"), L(x for x in "ab"))

for s in ["0", "7", "-12", "+5", " 42 ", "1_000", "٣", "0x10", "", "1.5", "abc", "9" * 30,
          "-0", "00", "1__0", "\t-3\n"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for f in [0.0, -0.0, 1.9, -1.9, 1e18, 1e19, -1e30, 2.5, float("inf"), float("-inf"), float("nan")]:
    try:
        print(f, int(f))
    except (ValueError, OverflowError) as e:
        print(f, type(e).__name__, e)
class StrInt(str):
    def __int__(self):
        return 99
print(int(StrInt("5")), int(True), int(), int("11", 2), int(b"12"))
try:
    int([])
except TypeError as e:
    print("TypeError", e)
try:
    int("5", base=1)
except ValueError as e:
    print("ValueError", e)

# interned names: the same object however the text was made
name = "".join(["sp", "am"])
a = sys.intern(name)
spam = "spam"
print(a is sys.intern("spam"), a is spam, sys.intern(name) is a)
class C:
    pass
c = C()
for k in ["alpha", "beta", "alpha" + "", "".join(["be", "ta"])]:
    setattr(c, k, len(k))
print(sorted(vars(c).items()), getattr(c, "".join(["al", "pha"])))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs], [f.__name__ for f in fs], fs[0].__module__)
