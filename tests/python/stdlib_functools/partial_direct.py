# _functools.partial imported directly: calls, flattening, attributes,
# repr, pickling state, subclassing, __dict__ and the error paths.
from _functools import partial

def show(*a, **k):
    return a, sorted(k.items())

def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

p = partial(show, 1, 2, x=3)
print(p(), p(4), p(4, y=5), p(x=9))
print(p.func is show, p.args, p.keywords)
print(type(p).__name__, type(p).__module__, type(p).__qualname__)
print(repr(partial(len, [1, 2])))
print(repr(partial(len, 'a', key=3)))
print(repr(partial(max)))

q = partial(p, 10, z=1)
print(q.func is show, q.args, sorted(q.keywords.items()))
print(q())
print(partial(partial(partial(len))).func is len)

p2 = partial(show, 1)
p2.attr = 'a'
q2 = partial(p2, 2)
print(q2.func is p2, q2.args)
print(p2.__dict__, sorted(vars(p2)))

err(lambda: partial())
err(lambda: partial(1))
err(lambda: partial(func=len))
err(lambda: setattr(p, 'func', len))
err(lambda: setattr(p, 'args', ()))
err(lambda: setattr(p, 'keywords', {}))
err(lambda: partial(len)(1, 2))
print(hasattr(partial, '__get__'))

class A:
    m = partial(show, 'x')
print(A().m(1))

class P(partial):
    pass
sp = P(show, 1, k=2)
print(type(sp).__name__, sp(), repr(P(len, 3)))
print(isinstance(sp, partial), P(sp, 4).func is show, P(sp, 4).args)

class Q(partial):
    def __call__(self, *a):
        return ('Q', a)
qq = Q(show, 1)
print(qq(2), partial(qq, 3).func is qq, partial(qq, 3)())

r = partial(show, 1, a=2).__reduce__()
print(r[0] is partial, r[1][0] is show, r[2][1:])
s = partial(len)
s.__setstate__((show, (7,), {'b': 1}, None))
print(s(), s.args, s.keywords, s.__dict__)
class T(tuple): pass
s.__setstate__((show, T([8]), None, {'d': 4}))
print(s(), s.args, type(s.args).__name__, s.keywords, s.d)
err(lambda: s.__setstate__((show, [8], None, None)))
err(lambda: s.__setstate__((show,)))
err(lambda: s.__setstate__((1, (), {}, None)))
err(lambda: s.__setstate__((show, (), 1, None)))
err(lambda: s.__setstate__([show, (), {}, None]))

p3 = partial(show, 1)
p3.__dict__ = {'z': 1}
print(p3.z)
err(lambda: setattr(p3, '__dict__', 1))
def rec():
    r = partial(show)
    r.__setstate__((show, (), {}, None))
    return r
rp = partial(show, 1)
rp.__setstate__((show, (rp,), {}, None))
print(repr(rp).replace(repr(show), 'SHOW'))

k = partial(show, a=1)
print(k(a=2), k(b=3))
print(partial(dict, a=1)(a=2, b=3))
print(partial(sorted, key=len)(['ccc', 'a', 'bb']))
kw = {'x': 1}
pk = partial(show, **kw)
kw['x'] = 2
print(pk())
print(partial(show, 1)(*range(3), **{'q': 1}))
print(partial[int], partial[int].__origin__ is partial)
