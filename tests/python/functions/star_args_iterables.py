def f(*a):
    return a
print(f(*'abc'), f(*{1: 2}), f(*range(2), *[], *(9,)))
def gen():
    yield 1
    yield 2
print(f(*gen()))
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(e)
class M:
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, k):
        return k.upper()
def g(**kw):
    return kw
print(g(**M()))
