# A comprehension that uses variables of its enclosing function gets its
# closure cells without a tuple being built when its cached function has
# the same cells; every rebinding, scope and error must still be seen.

def perms_like(n):
    out = []
    for p in ([0, 4, 7, 5, 2, 6, 1, 3], [1, 2, 3, 4, 5, 6, 7, 0], [3, 1, 4, 1, 5, 9, 2, 6]):
        a = len({p[i] + i for i in range(n)})
        b = len({p[i] - i for i in range(n)})
        out.append((a, b, [p[i] * k for i in range(3) for k in (1, 2)], {i: p[i] for i in range(2)}))
    return out

print(perms_like(8))

# a new cell on each call of the enclosing function
def outer(k):
    return [x + k for x in range(3)]
print([outer(k) for k in range(4)])

# the cell rebound between runs of the same comprehension
def rebind():
    r = []
    for k in range(5):
        r.append({x * k for x in range(4)})
        k = -k
        r.append({x: k for x in range(2)})
    return r
print(rebind())

# two cells, one of them a nonlocal written inside a closure
def two():
    a, b = 1, 10
    def bump():
        nonlocal a
        a += 1
    res = []
    for _ in range(4):
        res.append([a * i + b for i in range(3)])
        bump()
    return res
print(two())

# a comprehension whose closure holds a lambda made inside it
def lambdas():
    n = 3
    fs = [lambda i=i: i * n for i in range(n)]
    out = []
    for _ in range(3):
        out.append([f() for f in fs])
        n += 1
    return out
print(lambdas())

# nested comprehensions: the inner one closes over the outer's variable
def nested(m):
    return [[i * j + m for j in range(i)] for i in range(m)]
print([nested(m) for m in range(4)])

# the same code object run under other globals
src = """
def f(n):
    k = n
    return [k + g for _ in range(2)]
"""
g1, g2 = {"g": 100}, {"g": 200}
exec(src, g1)
exec(src, g2)
for _ in range(3):
    print(g1["f"](1), g2["f"](2))

# a free variable not yet bound, and an error inside the comprehension
def unbound():
    try:
        return [v for _ in range(2)]
    except NameError as e:
        print(type(e).__name__, e)
    v = 5
    return [v for _ in range(2)]
for _ in range(3):
    print(unbound())

def raises(p):
    return {p[i] + i for i in range(4)}
for p in ([1, 2, 3, 4], [1, 2], None):
    try:
        print(raises(p))
    except Exception as e:
        print(type(e).__name__, e)

# class bodies: a comprehension sees the enclosing function's cells, not class names
def in_class():
    c = 7
    class K:
        c = 99
        vals = [c + i for i in range(3)]
    return K.vals
print(in_class(), in_class())

# generator expressions keep their own frames
def genexp(k):
    g = (x + k for x in range(3))
    k = 100
    return list(g)
print(genexp(1), genexp(2))

import sys
def frames():
    z = 1
    return [sys._getframe().f_code.co_name + str(z) for _ in range(2)]
print(frames(), frames())
