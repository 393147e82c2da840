import builtins
skip = {"hash", "id", "input", "breakpoint", "help", "exit", "quit", "open", "print", "copyright", "credits", "license", "__build_class__", "__import__", "memoryview"}
class O: pass
vals = [None, "s", 1.5, -3, [], (1, 2), {}, O(), b"b", 2**70]
names = sorted(n for n in dir(builtins) if callable(getattr(builtins, n)) and not n.startswith("_") and n not in skip and not (isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException)))
def r(fn, *a, **k):
    try:
        v = fn(*a, **k)
        s = repr(v)
        if " at 0x" in s or "object at" in s: s = type(v).__name__
        return "ok " + s[:50]
    except BaseException as e:
        return type(e).__name__ + " " + str(e)[:120]
for n in names:
    fn = getattr(builtins, n)
    print(n, "0:", r(fn))
    for v in vals:
        print(n, "1:", type(v).__name__, r(fn, v))
    for v in vals[:4]:
        print(n, "2:", type(v).__name__, r(fn, v, v))
    print(n, "5:", r(fn, 1, 2, 3, 4, 5))
    print(n, "kw:", r(fn, bogus=1))
    print(n, "kw1:", r(fn, 1, bogus=1))
