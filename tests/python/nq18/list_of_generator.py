# list() over a generator of every length from 0 to 60: the items, their
# order, appending afterwards, sys.getsizeof (CPython's growth capacity) and
# exceptions raised part way through.
import sys


def gen(n):
    for i in range(n):
        yield i * i


for n in range(61):
    a = list(gen(n))
    assert a == [i * i for i in range(n)], n
    b = list(x for x in a)
    assert b == a and b is not a, n
    b.append("end")
    b.extend(range(3))
    assert b[:n] == a and b[n:] == ["end", 0, 1, 2], n
    assert a == [i * i for i in range(n)], n
print("ok")
print([sys.getsizeof(list(gen(n))) for n in range(80)])


def broken(n):
    yield from range(n)
    raise KeyError(n)


for n in (0, 3, 15, 16, 17, 40):
    try:
        list(broken(n))
    except KeyError as e:
        print("KeyError", e)


def stops():
    yield 1
    raise StopIteration


try:
    list(stops())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

g = gen(5)
print(list(g), list(g), next(g, "exhausted"))
nested = list(list(gen(k)) for k in range(5))
print(nested)
