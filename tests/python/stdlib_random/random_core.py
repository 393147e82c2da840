# _random.Random: seeding from ints, hashes and negative values, random(),
# getrandbits, getstate/setstate round trips and errors, subclassing.
import _random
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
r = _random.Random(42)
print([r.random() for _ in range(3)], r.getrandbits(70), r.getrandbits(0), r.getrandbits(5))
r.seed(-42); a = r.random(); r.seed(42); print(a == r.random())
r.seed(2**100 + 12345); print(r.random())
r.seed(3.5); print(r.random())
r.seed('abc' == 'abc'); print(r.random())
s = r.getstate(); print(len(s), s[-1], type(s)); x = r.random(); r.setstate(s); print(x == r.random())
t(lambda: r.setstate([1]))
t(lambda: r.setstate((1,)*3))
t(lambda: r.setstate((1,)*624 + (700,)))
t(lambda: r.setstate((-1,)*625))
t(lambda: r.setstate(('a',)*625))
t(lambda: r.getrandbits(-1))
t(lambda: r.getrandbits(2**40))
t(lambda: r.getrandbits(1.0))
t(lambda: _random.Random(1, 2))
t(lambda: _random.Random(x=1))
t(lambda: r.seed([]))
class R(_random.Random):
    def __init__(self, x=None):
        self.gauss_next = None
        self.seed(x)
    def seed(self, a=None):
        super().seed(a)
q = R(7); print(q.random(), q.gauss_next, q.__dict__, isinstance(q, _random.Random))
q.extra = 5; print(q.extra)
class R2(_random.Random): pass
print(R2(5).random())
t(lambda: setattr(r, 'x', 1))
print(type(r), _random.Random.__module__)
r = _random.Random()
r.seed(12345)
print([r.getrandbits(k) for k in (1, 7, 31, 32, 33, 64, 65, 200)])
print([round(r.random(), 17) for _ in range(5)])
state = r.getstate()
r2 = _random.Random(0)
r2.setstate(state)
print(r.random() == r2.random(), r.getstate() == r2.getstate())
for seed in [0, 1, -1, 2**32, 2**32 - 1, 2**64 + 1, -(2**100), True, 1.0, 0.5, (1, 2), None]:
    r.seed(seed)
    if seed is None:
        print("None", 0 <= r.random() < 1)
    else:
        print(repr(seed), r.random(), r.getrandbits(16))
