# A module imported through importlib from its cached .pyc (large enough
# that Krait maps the file) behaves as the one compiled from source: its
# functions run (their bodies read on first call), and their code objects
# read back the same through co_code, co_consts, dis, inspect and marshal.
# Also: get_data called by a program returns the file's bytes, and a .pyc
# rewritten while the first module's functions are still unread keeps
# both modules working.
import dis
import importlib
import importlib.util
import inspect
import io
import marshal
import os
import re
import shutil
import sys
import tempfile

funcs = []
for i in range(120):
    funcs.append(
        f'''
def f{i}(x, y={i}, *args, k="{i}" * 3, **kw):
    """Doc of f{i}."""
    total = x + y
    for a in args:
        total += a
    s = [str(n) for n in range({i} % 7)]
    return total, k, sorted(kw), "-".join(s), (lambda z: z * {i})(2)
'''
    )
SRC = "BIG = %r\n" % ("payload" * 50) + "".join(funcs) + '''
class C:
    def m(self, n):
        return [n * j for j in range(3)]
'''

d = tempfile.mkdtemp()
sys.path.insert(0, d)
sys.dont_write_bytecode = False
try:
    with open(os.path.join(d, "bigmod18.py"), "w") as f:
        f.write(SRC)
    first = importlib.import_module("bigmod18")  # compiles, writes the .pyc
    pyc = importlib.util.cache_from_source(first.__file__)
    print("pyc written", os.path.exists(pyc), os.path.getsize(pyc) > 16384)
    del sys.modules["bigmod18"]
    second = importlib.import_module("bigmod18")  # from the .pyc
    print("same file", second.__file__ == first.__file__, second is not first)
    print(second.f3(1, 2, 3, k="z", q=1), second.f100(5))
    print(second.C().m(4), second.BIG == first.BIG)
    for name in ("f0", "f57", "f119"):
        a, b = getattr(first, name).__code__, getattr(second, name).__code__
        print(name, a.co_code == b.co_code, a.co_consts == b.co_consts,
              a.co_varnames == b.co_varnames, a == b, marshal.loads(marshal.dumps(b)) == a)
        out1, out2 = io.StringIO(), io.StringIO()
        dis.dis(a, file=out1)
        dis.dis(b, file=out2)
        strip = lambda t: re.sub(r"0x[0-9a-f]+", "ADDR", t)
        print(" dis", strip(out1.getvalue()) == strip(out2.getvalue()), len(out2.getvalue()) > 100)
        print(" sig", inspect.signature(getattr(second, name)), inspect.getdoc(getattr(second, name)))
    print("lines", [l for _, _, l in second.f9.__code__.co_lines()][:3] == [l for _, _, l in first.f9.__code__.co_lines()][:3])

    # A program's own get_data call: plain bytes, equal to the file.
    data = second.__loader__.get_data(pyc)
    with open(pyc, "rb") as f:
        disk = f.read()
    print("get_data", type(data).__name__, data == disk, len(data) == len(disk))

    # A third import after the .pyc is replaced (renamed over) by a new one
    # with different code; the second module's unread functions still run.
    third_src = SRC.replace("return total, k", "return -total, k")
    os.remove(pyc)
    with open(os.path.join(d, "bigmod18.py"), "w") as f:
        f.write(third_src)
    st = os.stat(os.path.join(d, "bigmod18.py"))
    os.utime(os.path.join(d, "bigmod18.py"), (st.st_atime, st.st_mtime + 5))
    del sys.modules["bigmod18"]
    importlib.invalidate_caches()
    third = importlib.import_module("bigmod18")
    del sys.modules["bigmod18"]
    fourth = importlib.import_module("bigmod18")  # the new .pyc, mapped
    print("after replace", second.f77(1)[0], third.f77(1)[0], fourth.f77(1)[0], fourth.f76(2, 3)[0])
finally:
    sys.path.remove(d)
    shutil.rmtree(d)
