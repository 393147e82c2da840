# list corner cases: comparisons whose __eq__ mutates the lists, subclasses
# overriding __iter__ or __new__, index() bounds beyond ssize_t, huge
# in-place repeats, and type sizes.
import sys

class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented
class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented
class Z:
    def __eq__(self, other):
        list3.clear()
        return NotImplemented
list1 = [X()]
list2 = [Y()]
print(list1 == list2, list1, list2)
list3 = [Z()]
list4 = [1]
print(list3 == list4)
list1, list2 = [X(), 1], [Y(), 2]
print(list1 != list2, list1 < list2)

class LyingList(list):
    def __iter__(self):
        yield 1
print(list(LyingList([2])), tuple(LyingList([2])), [0] + list(LyingList([5, 6])))
l = [9]
l.extend(LyingList([2]))
print(l)
l = [1, 2]
l.extend(l)
print(l)

class subclass(list):
    pass
try:
    subclass(sequence=())
except TypeError as e:
    print('TypeError', e)
class with_init(list):
    def __init__(self, seq, newarg=None):
        super().__init__(seq)
print(with_init([1, 2], newarg=3))
class with_new(list):
    def __new__(cls, seq, newarg=None):
        return super().__new__(cls, seq)
u = with_new([1, 2], newarg=3)
print(type(u).__name__, u)
try:
    list([1], x=2)
except TypeError as e:
    print('TypeError', e)

a = [-2, -1, 0, 0, 1, 2]
print(a.index(0, -4 * sys.maxsize, 4 * sys.maxsize), a.index(0, 3, 4 * sys.maxsize), (0, 1, 0).index(0, 1, 2**100))
try:
    a.index(0, 4 * sys.maxsize, -4 * sys.maxsize)
except ValueError as e:
    print('ValueError', e)
try:
    a.index(0, 'x')
except TypeError as e:
    print('TypeError', e)

lst = [4, 5, 6, 7]
n = (sys.maxsize * 2 + 2) // len(lst)
for f in (lambda: lst * n, lambda: lst.__imul__(n)):
    try:
        f()
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__)
lst = [0] * 65
del lst[1:]
size = ((2 ** (tuple.__itemsize__ * 8) - 1) // 2)
for f in (lambda: lst * size, lambda: lst.__imul__(size)):
    try:
        f()
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__)

t = (1, 2)
e = ()
print(t * 1 is t, 1 * t is t, e * 5 is e)
class T(tuple):
    pass
print(type(T(t) * 1).__name__)
for k in (object, int, bool, float, complex, str, bytes, bytearray, tuple, list, dict, set, range, slice, type, Exception):
    print(k.__name__, k.__basicsize__, k.__itemsize__)
class A: pass
class B(list): pass
class C: __slots__ = ('a', 'b')
class D(tuple): pass
class E(A): __slots__ = ('x',)
class F(C): pass
class G(int): pass
for k in (A, B, C, D, E, F, G):
    print(k.__name__, k.__basicsize__, k.__itemsize__)
