# Recursion through Go-level slots raises RecursionError, not a crash.
import sys


class A:
    pass


A.__call__ = A()
a = A()
try:
    a()
except RecursionError as e:
    print('RecursionError', e)


class E:
    pass


E.__eq__ = E()
try:
    E() == E()
except Exception as e:
    print(type(e).__name__)


class G:
    def __getattr__(self, name):
        return getattr(self, name + 'x')


try:
    G().foo
except RecursionError as e:
    print('RecursionError', str(e)[:40])


class H:
    def __hash__(self):
        return hash(self)


try:
    hash(H())
except RecursionError as e:
    print('RecursionError', str(e)[:40])


class R:
    def __repr__(self):
        return repr(self)


try:
    repr(R())
except RecursionError as e:
    print('RecursionError')


class Q:
    def __eq__(self, other):
        return self == other


try:
    Q() == 1
except RecursionError as e:
    print('RecursionError', str(e)[:40])

l = []
for i in range(100000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print('RecursionError', e)
print(sys.getrecursionlimit())


class C:
    pass


C.__call__ = C.__init__
for n in ('__name__', '__qualname__', '__module__', '__doc__'):
    try:
        delattr(C, n)
    except TypeError as e:
        print('TypeError', e)
    try:
        delattr(int, n)
    except TypeError as e:
        print('TypeError', e)
try:
    del C().__class__
except TypeError as e:
    print('TypeError', e)
