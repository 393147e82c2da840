# The import system on packages made in a temp dir: namespace packages,
# relative imports and their errors, module attributes, hooks, importlib.
import importlib, importlib.util, importlib.machinery, importlib.abc
import os, sys, tempfile, textwrap

tmp = tempfile.mkdtemp()
def w(rel, text=""):
    p = os.path.join(tmp, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w") as f:
        f.write(textwrap.dedent(text))
def clean(v):
    return str(v).replace(tmp, "TMP")

w("pkg/__init__.py", "X = 1\nfrom . import sub\n")
w("pkg/sub.py", "Y = 2\nfrom .inner import deep\n")
w("pkg/inner/__init__.py", "")
w("pkg/inner/deep.py", "from .. import sub as s2\nfrom ..sub import Y\nZ = 3\n")
w("ns/part/mod.py", "V = 'ns'\n")
w("bad/__init__.py", "from ... import x\n")
w("bad2/__init__.py", "from .missing import x\n")
w("bad3/__init__.py", "from . import nothere\n")
w("circ/__init__.py", "")
w("circ/a.py", "from circ.b import fb\ndef fa(): pass\n")
w("circ/b.py", "from circ.a import fa\ndef fb(): pass\n")
w("circ2/__init__.py", "")
w("circ2/a.py", "import circ2.b\nX = circ2.b.Y\n")
w("circ2/b.py", "import circ2.a\nY = circ2.a.X\n")
w("rel_top.py", "from . import foo\n")
w("reloadme.py", "COUNT = 1\n")
w("errmod.py", "1/0\n")
w("synt.py", "def f(:\n")
sys.path.insert(0, tmp)

import pkg
print(pkg.X, pkg.sub.Y, pkg.inner.deep.Z, pkg.inner.deep.s2 is pkg.sub)
print(clean(pkg.__file__), clean(pkg.__path__), pkg.__package__, pkg.__name__)
print(clean(pkg.__spec__.origin), pkg.__spec__.name, pkg.__spec__.parent, pkg.__spec__.submodule_search_locations is not None)
print(type(pkg.__loader__).__name__, pkg.__spec__.has_location, pkg.__spec__.cached is not None)
print(pkg.sub.__package__, pkg.sub.__spec__.parent, pkg.sub.__spec__.submodule_search_locations)
print(hasattr(pkg.sub, '__path__'))
print(clean(pkg.sub.__cached__).replace(sys.implementation.cache_tag, 'TAG'))

import ns.part.mod
print(ns.part.mod.V, type(ns.__path__).__name__, clean(list(ns.__path__)), ns.__file__ if hasattr(ns, '__file__') else 'nofile')
print(ns.__spec__.origin, ns.__spec__.loader is None, type(ns.__loader__).__name__)
import re
print(re.sub(" at 0x[0-9a-f]+", "", clean(repr(ns))))
print(clean(repr(pkg)))

for name in ["bad", "bad2", "bad3", "rel_top", "circ.a", "circ2.a", "errmod", "synt", "nosuch", "pkg.nosuch", "nosuch.sub", "pkg.sub.x"]:
    try:
        importlib.import_module(name)
        print(name, "ok")
    except BaseException as e:
        print(name, type(e).__name__, clean(e), getattr(e, 'name', None))

for args in [("..x",), (".sub",), (".sub", "pkg"), ("..sub", "pkg.inner"), ("...x", "pkg.inner"), ("", ), (".", "pkg")]:
    try:
        m = importlib.import_module(*args)
        print(args, m.__name__)
    except BaseException as e:
        print(args, type(e).__name__, e)

try:
    exec("from . import x", {"__name__": "q", "__package__": None})
except BaseException as e:
    print(type(e).__name__, e)
try:
    exec("from .. import x", {"__name__": "q", "__package__": "q"})
except BaseException as e:
    print(type(e).__name__, e)
try:
    exec("from pkg import nothing")
except BaseException as e:
    print(type(e).__name__, clean(e), e.name, clean(e.path))
try:
    exec("from sys import nothing")
except BaseException as e:
    print(type(e).__name__, clean(e), e.name, e.path)
try:
    __import__("")
except BaseException as e:
    print(type(e).__name__, e)
try:
    __import__(5)
except BaseException as e:
    print(type(e).__name__, e)
try:
    __import__("x", level=-1)
except BaseException as e:
    print(type(e).__name__, e)

import reloadme
w("reloadme.py", "COUNT = 2\nNEW = 'n'\n")
st = os.stat(os.path.join(tmp, "reloadme.py"))
os.utime(os.path.join(tmp, "reloadme.py"), (st.st_atime + 10, st.st_mtime + 10))
importlib.invalidate_caches()
r = importlib.reload(reloadme)
print(r is reloadme, reloadme.COUNT, reloadme.NEW)
try:
    importlib.reload(5)
except BaseException as e:
    print(type(e).__name__, e)

# find_spec, module_from_spec, spec_from_file_location
print(importlib.util.find_spec("nosuch"))
s = importlib.util.find_spec("pkg.sub")
print(s.name, clean(s.origin))
try:
    importlib.util.find_spec("nosuch.x")
except BaseException as e:
    print(type(e).__name__, e)
s = importlib.util.spec_from_file_location("loose", os.path.join(tmp, "reloadme.py"))
m = importlib.util.module_from_spec(s)
s.loader.exec_module(m)
print(m.__name__, m.COUNT, "loose" in sys.modules)
print(importlib.util.resolve_name(".a", "p.q"), importlib.util.resolve_name("..a", "p.q"))
try:
    importlib.util.resolve_name("...a", "p.q")
except BaseException as e:
    print(type(e).__name__, e)
print(len(importlib.util.MAGIC_NUMBER), importlib.util.source_hash(b"x") is not None)
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)

# meta_path finder and path hook in Python
class Finder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, name, path, target=None):
        if name.startswith("virt"):
            return importlib.util.spec_from_loader(name, self, is_package=(name == "virt"))
        return None
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.VALUE = module.__name__.upper()
sys.meta_path.insert(0, Finder())
import virt, virt.child
from virt import other
print(virt.VALUE, virt.child.VALUE, other.VALUE, virt.__path__, virt.__spec__.loader.__class__.__name__)
print(virt.__file__ if hasattr(virt, "__file__") else "nofile", virt.__spec__.origin)

calls = []
class Hook:
    def __init__(self, path):
        if not path.startswith("hook://"):
            raise ImportError
        self.path = path
    def find_spec(self, name, target=None):
        calls.append(name)
        if name == "hooked":
            return importlib.util.spec_from_loader(name, Finder2())
        return None
class Finder2(importlib.abc.Loader):
    def create_module(self, spec): return None
    def exec_module(self, m): m.X = 'hooked!'
sys.path_hooks.insert(0, Hook)
sys.path.append("hook://x")
import hooked
print(hooked.X, calls, type(sys.path_importer_cache["hook://x"]).__name__)
try:
    import hooked_nothere
except ImportError as e:
    print(type(e).__name__, e)
print(calls)

# sys.modules manipulation
sys.modules["fake"] = 42
import fake
print(fake)
sys.modules["fake"] = None
try:
    import fake
except BaseException as e:
    print(type(e).__name__, e)
del sys.modules["fake"]
import sys as s2, os.path as op
print(s2 is sys, op is os.path)
