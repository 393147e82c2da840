class C:
    def __call__(self, *a, **k):
        return a, k
c = C()
print(c(1, x=2), c.__call__(3))
class Meta(type):
    def __call__(cls, *a):
        return 'meta call ' + str(a)
class D(metaclass=Meta):
    pass
print(D(1, 2))
def f(): return 'f'
print(f.__call__(), type(f).__call__(f))
class NoCall:
    __call__ = None
try:
    NoCall()()
except TypeError as e:
    print(e)
