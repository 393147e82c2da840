# Calls of builtin types in loops specialize to CALL_BUILTIN_TYPE: the
# direct constructors and every fallback (other argument kinds, errors,
# subclasses, a rebound name) must match CPython.
class L(list):
    def __iter__(self):
        return iter(["sub"])

class T(tuple):
    pass

class S(str):
    def __str__(self):
        return "S.__str__"

class I(int):
    pass

def gen():
    yield 1
    yield 2

args_list = [(), (5,), (-3,), (2, 9), (9, 2, -2), (0, 10, 3), (2**70,), (1, 2**64, 2**60), (0, 5, 0), ("x",), (1.5,), (1, 2, 3, 4)]
for _ in range(3):
    for args in args_list:
        try:
            r = range(*args)
            print("range", args, r, len(r) if r.stop - r.start < 2**63 else "long", list(r[:3]))
        except (TypeError, ValueError, OverflowError) as e:
            print("range", args, type(e).__name__, e)
    for x in [[1, 2], (3, 4), L([5]), T((6,)), "ab", {"k": 1}, gen(), range(3), None, 5]:
        for t in (list, tuple, set, str):
            if t is str and type(x).__name__ == "generator":
                continue
            try:
                v = t(x)
                print(t.__name__, type(v).__name__, sorted(v) if t is set else v, v is x)
            except TypeError as e:
                print(t.__name__, "TypeError", e)
    for x in [5, -7, 2**80, True, I(3), "12", " 7 ", 2.5, S("s"), "1e3", b"9", None, [1]]:
        for t in (int, float, str, bool):
            try:
                v = t(x)
                print(t.__name__, repr(x), type(v).__name__, repr(v), v is x)
            except (TypeError, ValueError) as e:
                print(t.__name__, repr(x), type(e).__name__, e)
    print(list(), tuple(), str(), int(), float(), bool(), set(), dict(), dict([(1, 2)]), dict(a=1) if True else 0)
    try:
        list(1, 2)
    except TypeError as e:
        print("TypeError", e)

def use_range():
    return [range(3) for _ in range(3)]
print(use_range())
range = lambda *a: ("fake", a)
print(use_range())
del range
print(use_range())
