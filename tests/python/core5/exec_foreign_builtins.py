# exec/eval/function lookups when globals or __builtins__ is not an exact
# dict: CPython goes through __getitem__ and propagates its errors.
import sys, types

code = compile("print('hi')", "", "exec")


class D(dict):
    pass


class M:
    def __getitem__(self, k):
        if k == 'print':
            return lambda *a: sys.stdout.write('M:%r\n' % (a,))
        raise KeyError(k)


for b in [123, None, {}, D(print=print), types.ModuleType('m'),
          sys.modules['builtins'], M(), "abc", [1]]:
    try:
        exec(code, {'__builtins__': b})
    except Exception as e:
        print(type(b).__name__, type(e).__name__, e)


def f():
    return len


for g in [{'__builtins__': 123}, {'__builtins__': M()}, {'__builtins__': D(len=abs)}]:
    try:
        F = types.FunctionType(f.__code__, g)
        print(F(), type(F.__builtins__).__name__)
    except Exception as e:
        print(type(e).__name__, e)
for src in ["len", "1"]:
    try:
        print(eval(src, {'__builtins__': 5}))
    except Exception as e:
        print(type(e).__name__, e)


class setonlyerror(Exception):
    pass


class setonlydict(dict):
    def __getitem__(self, key):
        raise setonlyerror(key)


cases = [
    ("globalname", lambda: setonlydict({'globalname': 1})),
    ("superglobal", lambda: {'__builtins__': setonlydict({'superglobal': 1})}),
    ("def f(): return superglobal\nf()", lambda: {'__builtins__': setonlydict({'superglobal': 1})}),
    ("def f(): return globalname\nf()", lambda: setonlydict({'globalname': 1})),
    ("class A: pass", lambda: {'__builtins__': setonlydict({'superglobal': 1})}),
    ("class A: pass", lambda: {'__builtins__': D()}),
    ("superglobal", lambda: {'__builtins__': D()}),
    ("superglobal", lambda: {'__builtins__': D(superglobal=1)}),
]
for src, g in cases:
    try:
        exec(compile(src, "test", "exec"), g())
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)


class KD(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)

    def __missing__(self, k):
        return 'missing'


g = KD(x=1, print=print, range=range, __builtins__=KD(len=len))
exec("def f(): return x, len, nope\nprint(f())", g)
exec("def f(): return x, len, nope\nfor i in range(3): f()", g)
try:
    exec("print(x, len)", g)
except TypeError as e:
    print("TypeError", e)
