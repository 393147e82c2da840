# Names in loaded code objects are interned: the same object as
# sys.intern of their text, across modules, for long and non-ASCII names
# too; the empty str stays the one empty str.
import sys, os, posixpath, marshal, importlib.util

def f():
    return os.path.join, posixpath.join, sys.intern

co = f.__code__
print(co.co_names, all(n is sys.intern(str(n)) for n in co.co_names))
print(os.path.join.__name__ is posixpath.join.__name__, os.path.join.__name__ is sys.intern("jo" + "in"))
spec_names = [n for n in dir(importlib.util.spec_from_file_location.__code__) if n.startswith("co_")]
print(len(spec_names) > 10)

long_name = "n" * 300
src = "def g():\n    %s = 1\n    return %s\nx\u00e9\u00e8 = 2\nclass C:\n    attr_%s = 3\n" % (long_name, long_name, "q" * 280)
code = compile(src, "<mod>", "exec")
code2 = marshal.loads(marshal.dumps(code))
ns = {}
exec(code2, ns)
g_code = [c for c in code2.co_consts if hasattr(c, "co_varnames")][0]
print(len(g_code.co_varnames[0]), g_code.co_varnames[0] is sys.intern("n" * 300))
print([k for k in ns if k != "__builtins__"], ns["x\u00e9\u00e8"], "x\u00e9\u00e8" in code2.co_names)
print(sys.intern("x\u00e9" + "\u00e8") is [n for n in code2.co_names if n.startswith("x")][0])
print(len([k for k in vars(ns["C"]) if k.startswith("attr_")][0]), ns["g"]())

empty = marshal.loads(marshal.dumps(""))
e0 = str()
print(repr(empty), empty is e0, sys.intern("") is e0, "".join([]) is e0)
names = [sys.intern("name_%d" % i) for i in range(500)]
print(all(sys.intern("name_%d" % i) is names[i] for i in range(500)), len(set(map(id, names))))
tail = marshal.loads(marshal.dumps(compile("abc_def_ghi = zz_yy", "<t>", "exec")))
print(tail.co_names)
