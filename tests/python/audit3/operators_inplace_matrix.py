import operator as op
class O: pass
class L(list): pass
class S(str): pass
class B(bytes): pass
class T(tuple): pass
class I(int): pass
class F(float): pass
class D(dict): pass
class St(set): pass
vals = [None, 3, -2.5, "ab", b"xy", [1], (1,), {1: 2}, {1}, O(), L([2]), S("s"), B(b"b"), T((3,)), I(4), F(1.5), D(a=1), St({5})]
ops = ["iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ior", "ixor", "imatmul", "add", "mul", "sub", "or_", "and_", "mod", "lt", "eq"]
def r(fn, *a):
    try:
        v = fn(*a)
        s = repr(v)
        if " at 0x" in s: s = type(v).__name__
        return s[:40]
    except BaseException as e:
        return type(e).__name__ + ": " + str(e)[:100]
import copy
for o in ops:
    f = getattr(op, o)
    for a in vals:
        for b in vals:
            print(o, type(a).__name__, type(b).__name__, r(f, copy.copy(a), b))
