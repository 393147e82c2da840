class A:
    pass
a = A()
print(a == a, a != a, a == A(), [a].count(a), a in [A(), a], [A()].index if False else '')
class AlwaysFalse:
    def __eq__(self, o): return False
x = AlwaysFalse()
print(x == x, x in [x], [x].count(x), [x] == [x], (x,) == (x,), {1: x} == {1: x})
class Nan(float):
    pass
n = Nan('nan')
print(n == n, n in [n], [n] == [n])
