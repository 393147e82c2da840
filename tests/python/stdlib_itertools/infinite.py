# itertools.count, cycle and repeat: values, reprs, big and float counts,
# length hints and the argument errors.
import itertools as it
import sys


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def take(n, i):
    return list(it.islice(i, n))


print(take(5, it.count()), take(4, it.count(10)), take(4, it.count(3, -2)))
print(take(3, it.count(1.5, 0.25)), take(3, it.count(2 ** 64, 2 ** 63)))
print(take(3, it.count(sys.maxsize - 1)), take(3, it.count(-sys.maxsize - 2)))
print(take(3, it.count(True)), take(3, it.count(1, True)), take(3, it.count(0, 1.0)))
print(take(3, it.count(1j, 1)), take(2, it.count(step=5)), take(2, it.count(start=7)))
c = it.count(5)
print(repr(c), next(c), repr(c))
for args in [(), (5,), (5, 1), (5, True), (5, 1.0), (1.5, 0.5), (2 ** 70,), (0, -1), (3, 2 ** 70)]:
    print(args, repr(it.count(*args)))
c = it.count(sys.maxsize - 1)
print(next(c), next(c), next(c), repr(c))
show("count.__reduce__", lambda: (it.count(3).__reduce__(), it.count(3, 2).__reduce__()))
show("count(1,2,3)", lambda: it.count(1, 2, 3))
show("count('a')", lambda: it.count('a'))
show("count(1,'a')", lambda: it.count(1, 'a'))
show("count(x=1)", lambda: it.count(x=1))
show("count(1, step=2, start=3)", lambda: it.count(1, step=2, start=3))
show("count(None)", lambda: it.count(None))

print(take(7, it.cycle('abc')), take(3, it.cycle([])), take(4, it.cycle(iter([1, 2]))))
seen = []
def gen():
    for i in range(3):
        seen.append(i)
        yield i
cy = it.cycle(gen())
print(take(8, cy), seen)
show("cycle()", lambda: it.cycle())
show("cycle(1)", lambda: it.cycle(1))
show("cycle([1],[2])", lambda: it.cycle([1], [2]))
show("cycle(x=1)", lambda: it.cycle(iterable=[1]))

print(list(it.repeat('a', 3)), list(it.repeat(None, 0)), list(it.repeat(1, -4)), take(3, it.repeat([])))
r = it.repeat('x', 3)
print(repr(r), r.__length_hint__(), next(r), repr(r), r.__length_hint__(), list(r), repr(r))
print(repr(it.repeat('a')), repr(it.repeat(1, times=2)), repr(it.repeat(object=2, times=-3)))
print(repr(it.repeat([1, 2], 2)), it.repeat(5, 2).__reduce__(), it.repeat(5).__reduce__())
show("repeat('a').__length_hint__()", lambda: it.repeat('a').__length_hint__())
show("repeat()", lambda: it.repeat())
show("repeat('a','b')", lambda: it.repeat('a', 'b'))
show("repeat('a',2**70)", lambda: it.repeat('a', 2 ** 70))
show("repeat(1,2,3)", lambda: it.repeat(1, 2, 3))
show("repeat(1,x=2)", lambda: it.repeat(1, x=2))
show("repeat(1, 2, times=3)", lambda: it.repeat(1, 2, times=3))
show("repeat(times=3)", lambda: it.repeat(times=3))
show("repeat('a', 1.5)", lambda: it.repeat('a', 1.5))
print(type(it.count()).__name__, it.count.__module__, type(it.cycle('a')), type(it.repeat(1)))
print(isinstance(it.count(), it.count), it.count.__qualname__, it.repeat.__name__)
