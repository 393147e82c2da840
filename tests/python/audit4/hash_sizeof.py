import sys
from fractions import Fraction
from decimal import Decimal
def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
ints = [0, 1, -1, -2, 2**31, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1), -(2**61), 2**62, 2**63 - 1, -2**63, 2**64, 2**100, -2**100, 10**50, 12345678901234567890]
print([hash(i) for i in ints])
floats = [0.0, -0.0, 0.5, -0.5, 1.5, 0.1, 1e-300, 1e300, 2.0**61, 2.0**62, -2.0**70, 5e-324, 123.456, float('inf'), -float('inf')]
print([hash(f) for f in floats])
print([hash(Fraction(1, 3)), hash(Fraction(-1, 3)), hash(Fraction(2**61 - 1, 3)), hash(Fraction(1, 2**61 - 1)), hash(Fraction(5, 2)), hash(Decimal('2.5')), hash(Decimal('0.1')), hash(Decimal('-0')), hash(Decimal('1e100'))])
print(Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5), Decimal('0.5') == 0.5, hash(Decimal('0.5')) == hash(0.5), 0.1 == Fraction(0.1), Fraction(1, 3) == 1 / 3, 2**53 + 1 == float(2**53 + 1))
print([hash(c) for c in [1j, 1 + 1j, -1j, complex(2**61, 0), 1.5 - 2.5j]])
strs = ['', 'a', 'b', 'ab', 'abc', 'hello world', 'é', '日本語', '\U0001F600', 'a' * 100, '\x00', 'x' * 7, 'x' * 8, 'x' * 9]
print([hash(s) for s in strs])
print([hash(s.encode('utf-8')) for s in strs])
print(hash(b'abc') == hash('abc'), hash(memoryview(b'abc')) == hash(b'abc'), hash(bytes(bytearray(b'xy'))) == hash(b'xy'))
print([hash(x) for x in [(), (1,), (1, 2), ((),), (1, 'a', 2.5), (-1,), (-2,), tuple(range(50)), (2**61 - 1, 0)]])
print([hash(frozenset(x)) for x in [(), (1,), (1, 2), range(20), ('a', 'b'), (0,), (-1,)]])
print(hash(True), hash(False), hash(range(0, 10, 3)), hash(slice(1, 2)) if sys.version_info >= (3, 12) else 'nohash')
class H:
    def __hash__(self): return 2**70
class H2:
    def __hash__(self): return -1
class H3:
    def __hash__(self): return 1.5
class H4(int):
    def __hash__(self): return super().__hash__()
class H5:
    def __eq__(self, o): return True
t(lambda: hash(H())); t(lambda: hash(H2())); t(lambda: hash(H3())); t(lambda: hash(H4(-1))); t(lambda: hash(H5())); t(lambda: hash([])); t(lambda: hash({})); t(lambda: hash(bytearray())); t(lambda: hash((1, [])))
class HB(int):
    def __hash__(self): return 2**64 + 5
t(lambda: hash(HB(3))); t(lambda: hash(Fraction(2**70, 3)) == hash(Fraction(2**70, 3) * 1))
# getsizeof
class LI(list): pass
class DI(dict): pass
class TU(tuple): pass
class EX(Exception): pass
class IN(int): pass
class S0:
    __slots__ = ()
objs = [LI([1, 2]), DI(a=1), TU((1, 2)), EX(), IN(2**70), S0(), iter(()), iter('é'), iter({}), iter(set()), iter(range(2)), reversed([]), filter(None, ()), lambda: 0, len, [].append, property(), staticmethod(len), sys, Exception('x'), {}.keys(), int.__dict__, 0, 1, 2**30, 2**60, 2**100, -1, True, 0.5, 1j, '', 'a', 'abc', 'é', '日本', '\U0001F600', 'a' * 100, b'', b'abc', bytearray(), bytearray(b'abc'), (), (1,), (1, 2, 3), [], [1], list(range(100)), {}, {1: 2}, dict.fromkeys(range(10)), set(), {1, 2}, set(range(10)), frozenset(), range(10), slice(1), None, Ellipsis, memoryview(b'x'), iter([]), enumerate([]), zip(), map(len, []), object(), type, int, sys.getsizeof]
for o in objs:
    print(type(o).__name__, sys.getsizeof(o))
print(sys.getsizeof(1, 5), [].__sizeof__(), ''.__sizeof__(), (0).__sizeof__(), (2**100).__sizeof__(), (1, 2).__sizeof__(), {}.__sizeof__())
l = []
sizes = []
for i in range(16):
    l.append(i); sizes.append(sys.getsizeof(l))
print(sizes)
print([sys.getsizeof(x) for x in [list(range(3)), list(range(99)), list(range(100)), list('abcde'), list((1, 2, 3)), [x for x in range(5)], [0] * 5, [1, 2] + [3], sorted([3, 1, 2]), list(map(int, '123')), list({1: 2, 3: 4}), list(set([1, 2, 3]))]])
d = {}
sizes = []
for i in range(40):
    d[i] = i; sizes.append(sys.getsizeof(d))
print(sizes)
s = set()
sizes = []
for i in range(40):
    s.add(i); sizes.append(sys.getsizeof(s))
print(sizes)
print(sys.getsizeof(list(range(10))), sys.getsizeof([0] * 10), sys.getsizeof([x for x in range(10)]), sys.getsizeof(tuple(range(10))), sys.getsizeof(dict(a=1)), sys.getsizeof({'a': 1}))
class Slots:
    __slots__ = ('a', 'b')
class Plain:
    pass
print(sys.getsizeof(Slots()), sys.getsizeof(Plain()))
class Bad:
    def __sizeof__(self): return -1
class Bad2:
    def __sizeof__(self): return 'x'
t(lambda: sys.getsizeof(Bad())); t(lambda: sys.getsizeof(Bad2())); t(lambda: sys.getsizeof(Bad(), 7))
class SS(str): pass
class BB(bytes): pass
class BAS(bytearray): pass
class FF(float): pass
class CC(complex): pass
class FZ(frozenset): pass
print([sys.getsizeof(x) for x in [SS('abc'), SS('é'), SS(), BB(b'abc'), BB(), BAS(b'ab'), FF(1.0), CC(1j), FZ([1])]])
print([x.__sizeof__() for x in [SS('abc'), BB(b'abc'), BAS(b'ab'), FF(1.0), CC(1j), FZ([1]), '', 'a', 'é', '日', '\U0001F600x', b'', b'ab', bytearray(), bytearray(b'ab')]])
print(sys.getsizeof({}.keys()), sys.getsizeof(iter({})), sys.getsizeof(reversed({})), sys.getsizeof(str.upper))
