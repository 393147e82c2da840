# float('nan') is a new object each time: containers find it by identity only when it is the same object.
import math, struct
a, b = float('nan'), float('nan')
print(a is a, a is b, a == a, [a].count(a), [a].count(b), a in [a], b in [a], (a,) == (a,), (a,) == (b,))
print({a: 1} == {a: 1}, {a: 1}.get(b), len({a, b, a}), len({math.nan, math.nan}), math.nan is math.nan)
print(struct.pack('<d', a), struct.pack('<d', -a), struct.pack('<d', math.nan), float(a) is a)
print(repr(a), str(-a), f'{a:>6}', a.hex(), math.isnan(a), a != a, hash(a) == hash(a), type(a) is float)
class F(float): pass
f = F('nan')
print(type(f).__name__, math.isnan(f), f is f, [f].count(f))
print(sorted([3.0, a, 1.0])[1] is a, max(a, 1.0) is a, min([a]) is a)
