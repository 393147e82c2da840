# A .pyc written by py_compile keeps working for dis and modulefinder after
# its source file is removed: the code object's CPython view (co_code,
# co_names, co_lnotab, co_exceptiontable) must not depend on the .py file.
import dis
import importlib.util
import marshal
import modulefinder
import os
import py_compile
import shutil
import tempfile

d = tempfile.mkdtemp()
try:
    src = os.path.join(d, "mod_a.py")
    with open(src, "w") as f:
        f.write("import os.path\nfrom json import dumps\n"
                "def f(x):\n    try:\n        return x + 1\n    except TypeError:\n        return None\n"
                "testing = True\n")
    pyc = os.path.join(d, "mod_a.pyc")
    py_compile.compile(src, cfile=pyc, doraise=True)
    os.remove(src)
    with open(pyc, "rb") as f:
        data = f.read()
    co = marshal.loads(memoryview(data)[16:])
    print(type(co.co_code).__name__, len(co.co_code) % 2 == 0, len(co.co_code) > 0)
    print([(i.opname, i.argval) for i in dis.get_instructions(co) if i.opname == "IMPORT_NAME"])
    print(sorted(n for n in co.co_names if not n.startswith("_")))
    fco = next(c for c in co.co_consts if hasattr(c, "co_code"))
    print(fco.co_name, type(fco.co_exceptiontable).__name__, len(fco.co_exceptiontable) > 0)
    print(type(fco.co_lnotab).__name__)
    # Dumping the loaded code again keeps the view available.
    co2 = marshal.loads(marshal.dumps(co))
    print(co2.co_code == co.co_code)
    # modulefinder reads the .pyc and scans its bytecode for imports.
    mf = modulefinder.ModuleFinder(path=[d])
    mf.import_hook("mod_a")
    print("mod_a" in mf.modules, sorted(mf.badmodules))
finally:
    shutil.rmtree(d)
