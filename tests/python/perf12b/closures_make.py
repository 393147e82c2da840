# MAKE_FUNCTION: closures of 0..6 cells, cells rebound after the closure
# was made, defaults, kwdefaults, annotations, __module__ and __doc__.
def make(n):
    a, b, c, d, e, f = 1, 2, 3, 4, 5, 6
    fns = [
        lambda: 0,
        lambda: a,
        lambda: a + b,
        lambda: a + b + c,
        lambda: a + b + c + d,
        lambda: a + b + c + d + e,
        lambda: a + b + c + d + e + f,
    ]
    g = fns[n]
    a = b = c = d = e = f = 10  # cells modified after the closure exists
    return g

for n in range(7):
    g = make(n)
    print(n, g(), len(g.__closure__ or ()), [c.cell_contents for c in (g.__closure__ or ())])

def counter():
    count = 0
    def inc(step=1, *, twice=False):
        "increment"
        nonlocal count
        count += step * (2 if twice else 1)
        return count
    def get():
        return count
    return inc, get

inc, get = counter()
inc(); inc(5); inc(twice=True)
print(get(), inc.__defaults__, inc.__kwdefaults__, inc.__doc__, get.__doc__, inc.__module__)
print(inc.__closure__[0] is get.__closure__[0], inc.__name__, inc.__qualname__)

def annotated(x: int, *, y: "str" = "q") -> list:
    z = x
    def inner(w: float = 1.0) -> z:
        return w, z
    return inner
i = annotated(3)
print(i(), i.__annotations__, annotated.__annotations__, annotated.__kwdefaults__)

# a module whose __name__ changes: functions made after see the new name
g = globals()
old = g["__name__"]
g["__name__"] = "renamed"
def later():
    return 1
f2 = (lambda: old)
g["__name__"] = old
print(later.__module__, f2.__module__)
del g["__name__"]
def nameless():
    pass
g["__name__"] = old
print(nameless.__module__)

# functions made in a loop are distinct objects with their own cells
def factories():
    out = []
    for i in range(4):
        def f(i=i):
            return i * k
        out.append(f)
    k = 3
    return out
fs = factories()
print([f() for f in fs], len({id(f) for f in fs}), fs[0].__closure__ == fs[1].__closure__)

# copying a closure's function keeps its cells
import types, copy
def outer():
    v = [1]
    def h():
        return v
    return h
h = outer()
h2 = types.FunctionType(h.__code__, h.__globals__, "h2", h.__defaults__, h.__closure__)
h.__closure__[0].cell_contents.append(2)
print(h2(), h2.__name__, copy.copy(h) is h)

# class bodies and __class__ cells
class A:
    def m(self):
        return __class__.__name__
    def n(self):
        return super().__class__.__name__
print(A().m(), A().n())
