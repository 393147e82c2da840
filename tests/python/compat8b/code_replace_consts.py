# code.replace(co_consts=...) on code whose co_consts was read first, and a
# .pyc whose constants include a code object from another file (importlib
# keeps that object's co_filename, as test_import's test_foreign_code checks).
import importlib, importlib.util, marshal, os, py_compile, sys, tempfile

src = "a = 1\nb = 'x'\nc = 2.5\nd = -0.0\ne = 0.0\nf = (1, 2)\n"
code = compile(src, "<case>", "exec")
consts = list(code.co_consts)
print(consts)
for old, new in [(1, 10), ('x', 'y'), (2.5, 3.5), (-0.0, 7.0)]:
    consts[consts.index(old) if not isinstance(old, float) or old else
           [i for i, k in enumerate(consts) if repr(k) == repr(old)][0]] = new
code2 = code.replace(co_consts=tuple(consts))
print(code2.co_consts)
ns = {}
exec(code2, ns)
print(ns['a'], ns['b'], ns['c'], ns['d'], ns['e'], ns['f'])
ns = {}
exec(code, ns)
print(ns['a'], ns['b'], ns['c'], ns['d'], ns['e'])
try:
    code.replace(co_consts=[1])
except TypeError as e:
    print(type(e).__name__, e)

def f():
    return 41 + 1
consts = list(f.__code__.co_consts)
consts[consts.index(42) if 42 in consts else consts.index(41)] = 99
f.__code__ = f.__code__.replace(co_consts=tuple(consts))
print(f())

with tempfile.TemporaryDirectory() as d:
    fn = os.path.join(d, "foreign_mod.py")
    with open(fn, "w") as fh:
        fh.write("import sys\nconstant = 1\ndef func():\n    pass\nfunc_filename = func.__code__.co_filename\n")
    py_compile.compile(fn)
    cn = importlib.util.cache_from_source(fn)
    with open(cn, "rb") as fh:
        header = fh.read(16)
        c = marshal.load(fh)
    consts = list(c.co_consts)
    foreign = importlib.import_module.__code__
    consts[consts.index(1)] = foreign
    c = c.replace(co_consts=tuple(consts))
    with open(cn, "wb") as fh:
        fh.write(header)
        marshal.dump(c, fh)
    sys.path.insert(0, d)
    sys.dont_write_bytecode = False
    mod = importlib.import_module("foreign_mod")
    print(mod.constant.co_filename == foreign.co_filename)
    print(mod.func_filename == fn, mod.__file__ == fn)
    print(mod.constant.co_name)
    del sys.modules["foreign_mod"]
    sys.path.remove(d)
