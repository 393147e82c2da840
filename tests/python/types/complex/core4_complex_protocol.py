# complex: __complex__, __getnewargs__, identity of complex(c), comparisons
# with big ints, three-argument pow, conversion through __float__/__index__.
import operator
import warnings


def show(f, *args):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        try:
            r = f(*args)
            print("ok", type(r).__name__, r)
        except Exception as e:
            print(type(e).__name__, e)
    for w in ws:
        print("  warn", w.category.__name__, w.message)


z = 3 + 4j
print(z.__complex__(), type(z.__complex__()).__name__, z.__getnewargs__())
c = 3.14 + 1j
print(complex(c) is c)


class CS(complex):
    pass


print(type(complex(CS(1j))).__name__, complex(CS(1j)) is not None)
print(complex.__eq__(1 + 1j, 1 << 10000), complex.__eq__(1 + 0j, 1 << 10000))
n = 2 ** 60
print(complex(n + 1, 0) == n + 1, complex(n + 1, 0) == n, complex(n, 1) == n)
print(complex.__ne__(complex(2 ** 53 + 1), 2 ** 53 + 1))
print(complex.__lt__(1 + 1j, None), complex.__eq__(1j, "x"))
show(pow, 1 + 1j, 1 + 1j, 1 + 1j)
show(pow, 2, 1j, 3)
show(pow, 2.0, 1j, 3)
show(pow, 2, 2, 1j)
show(pow, 2.0, 2, 1j)
show(pow, 2, 2.0, 3)


class Float2:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return self.v


class MyIndex:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class MyInt:
    def __int__(self):
        return 42


show(complex, Float2(42.0))
show(complex, Float2(None))
show(complex, MyIndex(42))
show(complex, 123, MyIndex(42))
show(complex, MyIndex(2 ** 2000))
show(complex, MyInt())
show(complex, None)


class complex1(complex):
    def __new__(cls, value=0j):
        return complex.__new__(cls, 2 * value)

    def __complex__(self):
        return self


show(complex, complex1(1j))
show(int.__new__, bool, 0)
show(float.__new__, bool, 0)
show(int.__new__, int, 5)
