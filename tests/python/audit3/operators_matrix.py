import operator as op
class O: pass
vals = [None, True, 3, -2.5, 1+2j, "ab", b"xy", [1], (1,), {1: 2}, {1}, frozenset({2}), range(2), O(), 2**40, slice(1), type]
ops = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor", "matmul", "lt", "le", "gt", "ge", "eq", "ne"]
def r(fn, *a):
    try:
        v = fn(*a)
        s = repr(v)
        if " at 0x" in s: s = type(v).__name__
        return s[:40]
    except BaseException as e:
        return type(e).__name__ + ": " + str(e)[:100]
for o in ops:
    f = getattr(op, o)
    for a in vals:
        for b in vals:
            if o in ("pow", "lshift", "mul") and isinstance(b, int) and b > 100: continue
            print(o, type(a).__name__, type(b).__name__, r(f, a, b))
for u in ["neg", "pos", "invert", "abs", "index", "not_", "truth"]:
    f = getattr(op, u)
    for a in vals:
        print(u, type(a).__name__, r(f, a))
for a in vals:
    for b in [None, 1, "x", [1]]:
        print("contains", type(a).__name__, type(b).__name__, r(op.contains, a, b))
        print("getitem", type(a).__name__, type(b).__name__, r(op.getitem, a, b))
