# `yield from <call>` delegates: finished delegates may be recycled by Krait,
# which must never be visible: every reference Python code can obtain to a
# delegate stays that same, finished generator.
import gc
import sys


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def tree(depth):
    if depth == 0:
        return [1]
    return [tree(depth - 1), depth, tree(depth - 1)]


print(sum(flatten(tree(8))), list(flatten([[1, [2, 3]], [], [[4]], 5])))


# Return values of delegates flow through SEND.
def leaf(n):
    yield n
    return n * 10


def middle(n):
    a = yield from leaf(n)
    b = yield from leaf(n + 1)
    return a + b


def top():
    total = 0
    for i in range(3):
        total += yield from middle(i)
    return total


g = top()
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("done", e.value)
g = top()
out = []
try:
    while True:
        out.append(next(g))
except StopIteration as e:
    print(out, e.value)


# A delegate obtained through gi_yieldfrom keeps its identity after it
# finishes, and the next delegates are other objects.
def outer():
    yield from leaf(1)
    yield from leaf(2)
    yield from leaf(3)


o = outer()
next(o)
d1 = o.gi_yieldfrom
print(type(d1).__name__, d1.__name__, d1.gi_running, d1.gi_frame is not None)
next(o)
d2 = o.gi_yieldfrom
print(d1 is d2, d1.gi_frame, d1.gi_running, d2.gi_frame is not None)
print(list(o), o.gi_yieldfrom)
print(d1.gi_frame, d2.gi_frame, d1 is not d2)
try:
    next(d1)
except StopIteration:
    print("d1 exhausted")


# A delegate handed out by gc.get_referents is not reused either.
def leaf2(tag):
    yield tag
    return tag


def outer2():
    r = []
    for t in "abc":
        r.append((yield from leaf2(t)))
    return r


o = outer2()
print(next(o))
held = [x for x in gc.get_referents(o) if type(x).__name__ == "generator"]
print(len(held), [h.__name__ for h in held])
print(next(o), o.gi_yieldfrom is held[0], held[0].gi_frame)
print(list(o))
for h in held:
    print(h.__name__, h.gi_frame, h.gi_running)
    try:
        next(h)
    except StopIteration:
        print("stopped")


# A delegate whose frame was captured (sys._getframe) and a delegate that
# raises.
frames = []


def capture():
    frames.append(sys._getframe())
    yield 1
    return "cap"


def raiser():
    yield 1
    raise ValueError("inner")


def stopper():
    yield 1
    raise StopIteration("bad")


def outer3():
    x = yield from capture()
    print("got", x)
    try:
        yield from raiser()
    except ValueError as e:
        print("caught", e)
    try:
        yield from stopper()
    except RuntimeError as e:
        print("pep479", e, type(e.__cause__).__name__)
    yield from capture()


print(list(outer3()))
print(len(frames), [f.f_code.co_name for f in frames], frames[0] is not frames[1])
print([f.f_locals for f in frames])


# throw and close reach a suspended delegate.
def catcher():
    try:
        yield "a"
    except KeyError as e:
        yield "caught %r" % (e,)
    finally:
        print("catcher finally")
    return "c"


def outer4():
    r = yield from catcher()
    yield "after " + r
    r = yield from catcher()
    yield "again " + r


o = outer4()
print(next(o), o.throw(KeyError("k")), next(o), next(o))
o.close()
print(o.gi_frame)


# send() values pass through the delegate chain.
def echo():
    got = []
    while True:
        x = yield len(got)
        if x is None:
            return got
        got.append(x)


def relay(depth):
    if depth == 0:
        return (yield from echo())
    return (yield from relay(depth - 1))


r = relay(5)
print(next(r), r.send("a"), r.send("b"))
try:
    r.send(None)
except StopIteration as e:
    print("relay returned", e.value)

# Many sibling delegates: recycled objects must come back clean.
def counter(n):
    for i in range(n):
        yield i
    return n


def many():
    total = 0
    for k in range(50):
        total += yield from counter(k % 4)
    return total


m = many()
vals = list(m)
print(len(vals), sum(vals))
gens = []


def keep():
    for k in range(5):
        g = counter(k)
        gens.append(g)
        yield from g


print(list(keep()), [g.gi_frame for g in gens], len(set(map(id, gens))))
