# Generators resumed inside the interpreter loop, seen from elsewhere:
# inspect's generator states, gi_frame.f_lineno after a yield, a signal
# handler raising while a generator runs in a for loop, consumers called
# from Go (sorted's key, map, a class's __iter__), generators closed or
# thrown into by their own consumer, and a generator finished by GC-less
# means (exhausted in one loop, reused in another).
import inspect
import os
import signal
import sys


def counter(n):
    for i in range(n):
        yield i


g = counter(3)
print(inspect.getgeneratorstate(g))
for x in g:
    print(x, inspect.getgeneratorstate(g), g.gi_frame.f_lineno - g.gi_code.co_firstlineno)
print(inspect.getgeneratorstate(g))


def watcher():
    yield inspect.getgeneratorstate(w)
    yield inspect.getgeneratorstate(w)


w = watcher()
print([s for s in w])


class Boom(Exception):
    pass


def handler(signum, frame):
    raise Boom("signal")


signal.signal(signal.SIGUSR1, handler)


def signalled():
    yield 1
    os.kill(os.getpid(), signal.SIGUSR1)
    for i in range(1000):
        yield i


try:
    total = 0
    gen = signalled()
    for x in gen:
        total += 1
except Boom as e:
    print("Boom", e, total < 1000, gen.gi_frame is None or inspect.getgeneratorstate(gen))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)


def key(x):
    return sum(counter(x)) % 7


print(sorted(range(12), key=key))
print(list(map(lambda n: [v for v in counter(n)], range(4))))


class Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for x in self.items:
            yield x * 2


print(list(Bag([1, 2, 3])), sum(Bag(range(5))), [x for x in Bag((7,))])


def self_closer():
    for x in me:
        pass
    yield 1


me = self_closer()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)


def consumer_closes():
    src = counter(5)
    out = []
    for x in src:
        out.append(x)
        if x == 1:
            src.close()
    return out


print(consumer_closes())


def consumer_throws():
    def src():
        try:
            yield 1
            yield 2
        except KeyError:
            yield "recovered"
    s = src()
    out = []
    for x in s:
        out.append(x)
        if x == 1:
            out.append(s.throw(KeyError))
    return out


print(consumer_throws())

# a generator partly consumed by one loop, then by another
g = counter(6)
for x in g:
    if x == 2:
        break
for y in g:
    print("second loop", y)


# exceptions in a generator during a for loop inside a try/finally in
# the consumer, and a generator whose finally yields again
def finally_yields():
    try:
        yield 1
    finally:
        yield 2


f = finally_yields()
for x in f:
    print("fy", x)
f = finally_yields()
next(f)
try:
    f.close()
except RuntimeError as e:
    print("RuntimeError", e)


def raising_in_finally():
    try:
        yield 1
        raise KeyError("a")
    finally:
        print("cleanup", sys.exc_info()[0].__name__)


try:
    for x in raising_in_finally():
        print("rif", x)
except KeyError as e:
    print("KeyError", e)
