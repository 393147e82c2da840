# Exact positional calls of closures (free variables only, cells and free
# variables, cells only) from every call site shape: the cells the callee
# sees, rebinding through nonlocal, and cells of parameters.


def adder(k):
    return lambda x: x + k


def counter():
    n = 0

    def inc(step):
        nonlocal n
        n += step
        return n
    return inc


def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner(b) + inner(a)  # cells and free variables
    return middle(a * 2)


def param_cell(x):
    def get():
        return x
    x += 1
    return get()


class Box:
    def __init__(self, k):
        self.f = adder(k)

    def method(self, x):
        return self.f(x)


fs = [adder(i) for i in range(5)]
print([f(10) for f in fs])
c = counter()
print([c(i) for i in range(5)])
print(outer(1), outer(5), param_cell(3))
b = Box(7)
print(b.method(1), b.f(2), [b.method(i) for i in range(3)])
print(list(map(adder(100), range(3))), sorted(range(5), key=adder(-10)))
print([g(1) for g in (adder(1), counter(), adder(2))])


# A closure whose cell is emptied before it is called.
def empty_cell():
    def f():
        return v
    try:
        f()
    except NameError as e:
        print("NameError:", e)
    v = 1
    print(f())
    del v
    try:
        f()
    except NameError as e:
        print("NameError:", e)


empty_cell()


# Recursion through a closure.
def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact


print(make_fact()(20))
