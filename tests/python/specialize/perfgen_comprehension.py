# List, set and dict comprehensions whose function objects MAKE_FUNCTION
# reuses: closures over different cells on each call of the enclosing
# function, the same code run with different globals, tracebacks showing
# <listcomp> frames, comprehensions in generators, class bodies and
# recursion.
import sys
import traceback


def outer(n):
    p = list(range(n))
    return [p[i] * n for i in range(n)], {p[i] - i for i in range(n)}, {i: p[i] for i in range(n)}


for n in range(4):
    print(outer(n))


def makers():
    out = []
    for k in range(3):
        out.append([(lambda: k * j) for j in range(2)])
    return [[f() for f in fs] for fs in out]


print(makers())


def recursive(n):
    if n == 0:
        return []
    return [n + x for x in recursive(n - 1)] + [n]


print(recursive(5))

code = compile("result = [x * scale for x in range(3)]", "<comp>", "exec")
for scale in (1, 10, 100):
    g = {"scale": scale}
    exec(code, g)
    print(g["result"])


def failing(items):
    return [10 // x for x in items]


for items in ([1, 2], [1, 0]):
    try:
        print(failing(items))
    except ZeroDivisionError:
        tb = traceback.format_exc().splitlines()
        print([l.split(",")[-1].strip() for l in tb if l.strip().startswith("File")])


def frames():
    return [sys._getframe().f_code.co_name for _ in range(1)] + \
        [sys._getframe(1).f_code.co_name for _ in range(1)]


print(frames())


def gen():
    for i in range(3):
        yield {i * j for j in range(3)}


print(list(gen()))


class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    pairs = {v: [w for w in range(v)] for v in vals}


print(C.doubled, C.pairs)


def nested(m):
    return [[i * j for j in range(m)] for i in range(m)]


print(nested(3), nested(2))


def shadow(x):
    y = [x for x in range(3)]
    return x, y


print(shadow("kept"))

# the same comprehension code reused while one of its runs is active
def reentrant(n):
    return [reentrant(n - 1) if n > 0 else i for i in range(2)]


print(reentrant(2))
