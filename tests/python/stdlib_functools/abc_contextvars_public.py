# The abc and contextvars modules over _abc and _contextvars.
import abc
import contextvars

class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    def g(self): return 'g'
class B(A):
    def f(self): return 'f'
print(sorted(A.__abstractmethods__), B().f(), B().g(), isinstance(B(), A), issubclass(B, abc.ABC))
try:
    A()
except TypeError as e:
    print('TypeError', str(e).replace("'", ''))
A.register(int)
print(isinstance(1, A), issubclass(bool, A), issubclass(str, A), abc.get_cache_token() > 0)
class Meta(abc.ABCMeta): pass
class C(metaclass=Meta):
    @abc.abstractmethod
    def h(self): ...
class D(C):
    pass
print(type(C).__name__, sorted(D.__abstractmethods__))
D.h = lambda self: 1
abc.update_abstractmethods(D)
print(sorted(D.__abstractmethods__), D().h())

v = contextvars.ContextVar('v', default=0)
def work(n):
    v.set(v.get() + n)
    return v.get()
ctx = contextvars.copy_context()
print([ctx.run(work, i) for i in range(4)], v.get(), ctx[v], len(ctx), contextvars.Context().get(v, 'none'))
tok = v.set(7)
print(v.get(), tok.old_value is contextvars.Token.MISSING)
v.reset(tok)
print(v.get(), sorted(contextvars.__all__))
