import functools
def t(fn, *a, **k):
    try:
        r = fn(*a, **k)
        print("ok", r)
    except TypeError as e:
        print(type(e).__name__, e)
def f0(): pass
def f1(a): pass
def f2(a, b): pass
def f3(a, b, c): pass
def fd(a, b=1): pass
def fdd(a, b=1, c=2): pass
def fk(*, k): pass
def fk2(a, *, k, j): pass
def fkd(a, *, k=1): pass
def fpo(a, b, /, c): pass
def fpo2(a, /, **kw): return kw
def fva(a, *args): pass
def fkw(a, **kw): pass
def fall(a, b=2, /, c=3, *args, d, e=5, **kw): pass
t(f0, 1); t(f0, 1, 2); t(f0, x=1)
t(f1); t(f1, 1, 2); t(f1, b=1); t(f1, 1, a=2)
t(f2); t(f2, 1); t(f2, b=1); t(f2, 1, 2, 3)
t(f3); t(f3, 1); t(f3, c=1)
t(fd); t(fd, 1, 2, 3); t(fdd, 1, 2, 3, 4); t(fdd, 1, 2, 3, 4, 5)
t(fk); t(fk, 1); t(fk, 1, k=2); t(fk2, 1); t(fk2); t(fk2, 1, 2); t(fk2, 1, 2, k=1)
t(fkd, 1, 2); t(fkd, 1, 2, k=3); t(fkd, 1, 2, 3, k=3)
t(fkd, k=1)
t(fpo, 1, 2, c=3); t(fpo, a=1, b=2, c=3); t(fpo, 1, b=2, c=3); t(fpo, 1, 2)
t(fpo2, 1, a=2)
t(fva); t(fva, a=1, b=2); t(fkw, 1, a=2); t(fkw, 1, 2)
t(fall); t(fall, 1); t(fall, 1, d=1, a=2); t(fall, 1, 2, 3, 4, d=4, c=5)
t(f2, 1, **{'a': 2})
t(f2, *[1], **{'b': 2, 'c': 3})
t(f2, **{1: 2})
t(f2, *1)
t(f2, **1)
t(f2, **{'a': 1}, **{'a': 1})
t(f1, 1, 2, b=3)
class C:
    def m(self, a): pass
    @classmethod
    def cm(cls, a): pass
    @staticmethod
    def sm(a): pass
    def __init__(self, x): pass
c = C(1)
t(c.m); t(c.m, 1, 2); t(c.m, b=1); t(C.m, 1); t(C.m)
t(c.cm); t(C.cm, 1, 2); t(c.sm); t(C.sm, 1, 2)
t(C); t(C, 1, 2); t(C, y=1)
t(lambda: 0, 1); t(lambda x: 0); t(lambda x, *, y: 0, 1)
p = functools.partial(f2, 1)
t(p); t(p, 2, 3); t(p, a=1)
p2 = functools.partial(fk, k=1); t(p2, 1)
t(len); t(len, 1, 2); t(len, x=1)
t(int, 1, 2, 3); t(int, x=1)
t(print, sep=1); t(print, end=1); t(print, file=1)
t(sorted); t(sorted, [], 1); t(sorted, [], cmp=1)
t(max); t(min, 1); t(max, [], key=1, default=1, x=2)
t(getattr); t(getattr, 1); t(isinstance, 1)
t(divmod, 1); t(pow, 1); t(pow, 1, 2, 3, 4)
t(dict.get); t({}.get); t({}.get, 1, 2, 3)
t([].append); t([].append, 1, 2); t([].sort, 1)
t("".split, 1, 2, 3)
t(range); t(range, 1, 2, 3, 4); t(range, x=1)
t(object, 1)
t(object.__init__, c, 1)
class D: pass
t(D, 1)
class E:
    def __new__(cls): return object.__new__(cls)
t(E, 1)
def many(a, b, c, d): pass
t(many, 1)
t(many)
def kwonly3(*, a, b, c): pass
t(kwonly3)
t(kwonly3, a=1)
def gen(a): yield a
t(gen)
async def co(a): pass
t(co)
t(f1, **{'a': 1, 'b': 2, 'c': 3})
t(fkw, **{'a': 1, 'b': 2})
t(fpo, 1, 2, 3, a=4)
