from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), P._fields, P._make([3, 4]), tuple(p), p == (1, 2), hash(p) == hash((1, 2)))
try:
    P(1)
except TypeError as e:
    print(e)
a, b = p
print(a, b, isinstance(p, tuple), type(p).__name__)
