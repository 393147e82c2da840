class A:
    __secret = 'A secret'
    def __hidden(self): return 'A hidden'
    def reveal(self): return self.__secret, self.__hidden(), __class__.__name__
class B(A):
    __secret = 'B secret'
    def reveal_b(self): return self.__secret
b = B()
print(b.reveal(), b.reveal_b(), sorted(k for k in vars(A) if 'secret' in k or 'hidden' in k), sorted(k for k in vars(B) if 'secret' in k))
try:
    b.__secret
except AttributeError as e:
    print(e)
print(b._A__secret, b._B__secret)
class _Under:
    __x = 1
    def get(self): return self.__x
print(_Under().get(), [k for k in vars(_Under) if k.endswith('__x')])
class C:
    def m(self):
        __local = 5
        return sorted(locals())
print(C().m())
class D:
    __dunder__ = 'not mangled'
    def f(self, __arg=3): return __arg
print(D.__dunder__, D().f(), D.f.__code__.co_varnames)
