def f1(): return 1
def f2():
    "doc"
    return 1
def f3(a, b=2):
    c = a + b
    return c * 2.5
def f4(): pass
def f5():
    x = "s"
    return (1, 2, 3), [1, 2], -1, 2**10, "a" "b", None, True, ...
def f6():
    def inner(): pass
    return inner
def f7(x):
    return lambda y: x + y
class K:
    "class doc"
    def m(self): return __class__
for fn in [f1, f2, f3, f4, f5, f6, f7, K.m]:
    c = fn.__code__
    print(fn.__name__, [x if not hasattr(x, "co_name") else x.co_name for x in c.co_consts], c.co_names, c.co_varnames, c.co_cellvars, c.co_freevars, c.co_nlocals, c.co_argcount, c.co_firstlineno, c.co_filename.split("/")[-1], c.co_name, c.co_qualname)
print(f2.__doc__, K.__doc__, f1.__doc__, __doc__)
def fdoc():
    f"not a doc"
print(fdoc.__doc__)
def fdoc2():
    1
    "not doc either"
print(fdoc2.__doc__)
co = compile("x = 1; y = x + 2", "<s>", "exec")
print(co.co_consts, co.co_names, co.co_name, co.co_filename, co.co_firstlineno, co.co_flags)
co = compile("a + b", "<e>", "eval")
print(co.co_consts, co.co_names, co.co_name)
print([l for l in f3.__code__.co_lines()][-1][2] if hasattr(f3.__code__, "co_lines") else None)
print(list(f3.__code__.co_positions())[-1][0])
print(f3.__code__.co_lnotab is not None, type(f3.__code__.co_code).__name__, type(f3.__code__.co_linetable).__name__)
print(f3.__code__ == f3.__code__, hash(f3.__code__) == hash(f3.__code__))
print(repr(f1.__code__).split(" at ")[0])
print(f5())
