class A:
    a = 1
    def m(self): pass
class B(A):
    b = 2
o = B()
o.c = 3
print(vars(o), [n for n in dir(o) if not n.startswith('__')])
print([n for n in dir(B) if not n.startswith('__')])
try:
    vars(5)
except TypeError as e:
    print(e)
class D:
    def __dir__(self):
        return ['z', 'a', 'm']
print(dir(D()))
