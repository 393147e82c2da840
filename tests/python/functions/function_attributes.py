def f(a, b=2, *c, d=4, **e):
    "doc string"
    x = 1
    return x
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount)
print(f.__code__.co_varnames, f.__code__.co_name)
print(f.__code__.co_flags & 0x0C)
f.__name__ = 'renamed'
f.custom = 'attr'
print(f.__name__, f.custom, f.__dict__)
class C:
    def m(self):
        def inner():
            pass
        return inner
print(C.m.__qualname__, C().m().__qualname__)
try:
    f.__name__ = 5
except TypeError as e:
    print(e)
