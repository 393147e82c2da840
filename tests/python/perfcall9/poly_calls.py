# A call site that sees several kinds of callables stays generic: plain
# functions, closures, bound methods, callable instances, builtins and
# classes through one CALL, with recursion limits and errors on that path.
import sys

def plain(x):
    return x + 1

def make(k):
    def add(x):
        return x + k
    return add

class C:
    def __init__(self, k):
        self.k = k
    def meth(self, x):
        return x * self.k
    def __call__(self, x):
        return x - self.k

def run(fns, x):
    out = []
    for fn in fns:
        out.append(fn(x))
    return out

fns = [plain, make(10), C(3).meth, C(2), abs, str, make(-1), lambda x: x * x, plain]
for i in range(3):
    print(run(fns, i - 1))

def wrong(x, y):
    return x

try:
    run([plain, wrong], 1)
except TypeError as e:
    print("TypeError", e)

def rec(fns, n):
    fn = fns[n % len(fns)]
    return fn(fns, n + 1)

def rec2(fns, n):
    return rec(fns, n)

sys.setrecursionlimit(150)
try:
    rec([rec, rec2], 0)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)

def gen_user(x):
    return list(g(x))

def g(x):
    yield x
    yield plain(x)

print(run([gen_user, plain, gen_user], 5))

def raiser(x):
    raise KeyError(x)

for fn in (plain, raiser, plain):
    try:
        print(fn(7))
    except KeyError as e:
        print("KeyError", e)
