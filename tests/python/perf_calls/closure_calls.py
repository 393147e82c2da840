# Functions with cells and free variables called with exactly their
# positional arguments: the cells must be fresh per call, hold the
# argument of the same name, and see later rebinding.


def report(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)


def adder(k):
    return lambda x: x + k


def counter():
    n = 0

    def inc(step):
        nonlocal n
        n += step
        return n
    return inc


def captures_arg(a, b):
    def get():
        return a, b
    a = a * 10
    return get


def cell_per_call(x):
    return lambda: x


add1, add2 = adder(1), adder(2)
print([add1(i) + add2(i) for i in range(5)])
c = counter()
print([c(i) for i in range(6)])
print(captures_arg(1, 2)(), captures_arg(3, 4)())
fs = [cell_per_call(i) for i in range(4)]
print([f() for f in fs])


def outer():
    total = 0

    def add(v):
        nonlocal total
        total += v
        return total

    for i in range(50):
        add(i)
    return total, add.__closure__[0].cell_contents


print(outer())


class Holder:
    def __init__(self, k):
        self.k = k

    def method(self, x):
        return (lambda: self.k + x)()


h = Holder(5)
print([h.method(i) for i in range(5)], max(range(5), key=adder(-3)))
report(lambda: add1())
report(lambda: add1(1, 2))
report(lambda: add1(y=1))
print(add1(x=5))


def unbound():
    def f(x):
        return x + later
    r = []
    for i in range(3):
        try:
            r.append(f(i))
        except NameError as e:
            r.append(str(e))
    later = 10
    r.append(f(1))
    return r


print(unbound())
import sys
print(sorted(range(5), key=lambda v, s=sys: -v))
g = adder(7)
report(lambda: setattr(g, "__code__", (lambda x, y: (x, y)).__code__))
g.__code__ = adder(8).__code__
print(g(1), [g(i) for i in range(40)][-1])
