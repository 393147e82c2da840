# Generators created with one allocation and resumed without run()'s
# recover: argument binding variants, closures, re-entrance, close() mid
# iteration, exceptions and tracebacks through resumed frames.
import traceback

def g0():
    yield 1

def g1(a, b=2, *rest, k=3, **kw):
    yield a, b, rest, k, sorted(kw)

def gcell(n):
    items = [lambda i=i: i * n for i in range(3)]
    yield from (f() for f in items)
    yield (lambda: n)()

def gbig(a):
    v1 = v2 = v3 = v4 = v5 = v6 = v7 = v8 = v9 = v10 = v11 = v12 = v13 = v14 = v15 = v16 = v17 = v18 = a
    yield v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8 + v9 + v10 + v11 + v12 + v13 + v14 + v15 + v16 + v17 + v18

print(list(g0()), list(g1(1)), list(g1(1, 5, 6, 7, k=9, z=1)), list(g1(b=4, a=0)))
print(list(gcell(10)), list(gbig(2)))
try:
    g1()
except TypeError as e:
    print("TypeError", e)

def reenter():
    yield me.gi_running
    yield next(me)
me = reenter()
print(next(me))
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
print(me.gi_running, list(me))

log = []
def closing():
    try:
        for i in range(10):
            yield i
    finally:
        log.append("closed")
c = closing()
for x in c:
    if x == 2:
        break
c.close()
print(log, list(c))

def stops():
    yield 1
    raise StopIteration("inner")
try:
    list(stops())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

def fails(n):
    yield n
    return 1 // (n - n)
def pipeline():
    for x in fails(3):
        yield x * 2
try:
    for v in pipeline():
        print("got", v)
except ZeroDivisionError:
    tb = traceback.format_exc().splitlines()
    print([l.strip() for l in tb if l.strip().startswith(("for", "return", "yield"))])

def nested(depth):
    if depth == 0:
        yield 0
        return
    for x in nested(depth - 1):
        yield x + 1
print(list(nested(30)))

def sender():
    got = yield "start"
    while got is not None:
        got = yield got * 2
s = sender()
print(next(s), s.send(4), s.send(5))
try:
    s.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
print(sum(i * i for i in range(100)), any(x > 5 for x in range(10)), all(x < 5 for x in range(10)))
