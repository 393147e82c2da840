# Instances of list subclasses keep their attributes, slots and __dict__
# apart from the list's items; exact lists have no attributes at all.
import copy
import gc
import pickle
import weakref


class L(list):
    pass


class S(list):
    __slots__ = ("a", "b")


class SD(list):
    __slots__ = ("a", "__dict__")


class Mixin:
    def hello(self):
        return "hello " + str(len(self))


class ML(Mixin, L):
    pass


x = L([1, 2, 3])
x.tag = "t"
x.n = 5
print(x, x.tag, x.n, sorted(vars(x).items()), len(x))
x.append(4)
x.extend(range(20))
print(len(x), x.tag, x[:5], x[-1])
del x.n
print(hasattr(x, "n"), x.__dict__)

s = S("ab")
s.a, s.b = 1, 2
print(s, s.a, s.b, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)

sd = SD([7])
sd.a = "slot"
sd.z = "dict"
print(sd, sd.a, sd.z, sd.__dict__)

m = ML([1, 2])
m.q = 1
print(m.hello(), m.q, isinstance(m, list), type(m).__mro__[1:3])

# exact lists: no __dict__, no attributes
e = [1, 2]
for attempt in ("e.x = 1", "e.__dict__"):
    try:
        exec(attempt)
    except AttributeError as err:
        print("AttributeError", err)

# made by __new__ alone, then __init__
y = list.__new__(L)
print(y, type(y).__name__, vars(y))
y.__init__("xyz")
y.k = 1
print(y, y.k)
try:
    object.__new__(L)
except TypeError as err:
    print("TypeError", err)

# copies and pickles carry the attributes
c = copy.copy(x)
d = copy.deepcopy(x)
p = pickle.loads(pickle.dumps(x))
for o in (c, d, p):
    print(type(o).__name__, o.tag, o[:3], len(o))

# __class__ moves between subclasses, keeping the attributes
class L2(list):
    pass


x.__class__ = L2
print(type(x).__name__, x.tag)
try:
    e.__class__ = L
except TypeError as err:
    print("TypeError", err)

# weak references and the collector's view
r = weakref.ref(x)
print(r() is x)
print(any(v == "t" for v in gc.get_referents(x) if isinstance(v, str)) or "dict" in str([type(v).__name__ for v in gc.get_referents(x)]))

# many short lists of every size, exact and subclass, stay intact
keep = []
for n in range(40):
    a = list(range(n))
    b = L(range(n))
    b.size = n
    keep.append((a, b, [n] + a, a[:n // 2] + a[n // 2 + 1:]))
gc.collect()
print(all(a == list(range(n)) and b == a and b.size == n and len(t) == n + 1 and len(u) == max(n - 1, 0)
          for n, (a, b, t, u) in enumerate(keep)))
