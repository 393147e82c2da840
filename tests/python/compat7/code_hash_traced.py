# A code object's hash and equality do not change when it runs under a
# profile or trace function (profile.py keys its timings by a code object).
import sys


def run(hook_setter):
    src = "total = 0\nfor i in range(50):\n    total += i * 2\nname = str(total)\n"
    c = compile(src, "demo.py", "exec")
    twin = compile(src, "demo.py", "exec")
    h = hash(c)
    d = {("profile", 0, c): 1}
    hook_setter(lambda *a: None)
    g = {}
    exec(c, g)
    inside = (hash(c) == h, ("profile", 0, c) in d, c == twin)
    hook_setter(None)
    after = (hash(c) == h, ("profile", 0, c) in d, c == twin, hash(twin) == h)
    print(g["total"], inside, after)


run(sys.setprofile)
run(sys.settrace)


def traced(frame, event, arg):
    return traced


def f(x):
    return x + 1


h = hash(f.__code__)
sys.settrace(traced)
for i in range(100):
    f(i)
print(hash(f.__code__) == h)
sys.settrace(None)
for i in range(100):
    f(i)
print(hash(f.__code__) == h, f.__code__ == compile("def f(x):\n    return x + 1\n", "x", "exec").co_consts[0])
