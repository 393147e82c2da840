# __slots__ on subclasses of builtin types, and pickling set subclasses with
# attributes and slots.
import pickle, copy

for base in (int, tuple, bytes):
    try:
        class C(base):
            __slots__ = ('x',)
    except TypeError as e:
        print(type(e).__name__, e)
    class C(base):
        __slots__ = ()
    class D(C):
        pass
    try:
        class E(D):
            __slots__ = ['__weakref__']
    except TypeError as e:
        print(type(e).__name__, e)
for base in (list, set, frozenset, dict, str, bytearray, float):
    class C(base):
        __slots__ = ('x', '__dict__')
    c = C()
    c.x = 1
    c.y = 2
    print(base.__name__, c.x, c.__dict__)
    del c.x
    try:
        c.x
    except AttributeError as e:
        print('  ', type(e).__name__, e)
    try:
        del c.x
    except AttributeError as e:
        print('  ', type(e).__name__, e)

class D(list):
    __slots__ = ('a',)
class E(D):
    __slots__ = ('b',)
e = E([1])
e.b = 'b'
e.a = 'a'
print(e, e.a, e.b)
try:
    e.c = 1
except AttributeError as ex:
    print(type(ex).__name__, ex)

class S(set):
    pass
class F(frozenset):
    __slots__ = ('x', '__dict__')
class G(set):
    def __getstate__(self):
        return 'state'
    def __setstate__(self, st):
        self.st = st
s = S([1, 2])
s.a = 1
print(s.__reduce__())
print(S().__reduce__())
f = F([3])
f.x = 5
print(f.__reduce_ex__(2))
print(G([1]).__reduce__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    s2 = pickle.loads(pickle.dumps(s, proto))
    f2 = pickle.loads(pickle.dumps(f, proto))
    g2 = pickle.loads(pickle.dumps(G([7]), proto))
    print(proto, type(s2).__name__, sorted(s2), s2.a, type(f2).__name__, sorted(f2), f2.x, sorted(g2), g2.st)
print(copy.copy(f).x, copy.deepcopy(s).a)
print(set([1]).__reduce__(), frozenset().__reduce_ex__(4))

class P(dict):
    __slots__ = ('a',)
class Q(P):
    pass
class R(Exception):
    __slots__ = ('a',)
p, q, r = P(), Q(), R()
q.z = 1
r.z = 2
p.a = q.a = r.a = 'A'
print(hasattr(p, '__dict__'), q.__dict__, r.__dict__, p.a, q.a, r.a)
try:
    p.z = 1
except AttributeError as ex:
    print(type(ex).__name__, ex)
print(pickle.loads(pickle.dumps(q, 2)).__dict__)
