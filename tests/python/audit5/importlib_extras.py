# importlib.resources and importlib.metadata on packages and a dist-info
# directory made in a temp dir; the compiled-code cache with a read-only
# directory; pkgutil and runpy.
import importlib, importlib.resources as res, importlib.metadata as md, importlib.util
import os, sys, tempfile, stat, pkgutil, runpy, zipfile, io, contextlib, warnings
warnings.simplefilter("ignore")
tmp = os.path.realpath(tempfile.mkdtemp())
def c(v): return str(v).replace(tmp, "TMP")
def w(rel, text):
    p = os.path.join(tmp, rel); os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w") as f: f.write(text)
w("respkg/__init__.py", "")
w("respkg/data.txt", "hello data\n")
w("respkg/sub/__init__.py", "")
w("respkg/sub/inner.bin", "xyz")
w("mydist-1.2.3.dist-info/METADATA", "Metadata-Version: 2.1\nName: mydist\nVersion: 1.2.3\nSummary: A test dist\nRequires-Dist: requests (>=2.0)\nRequires-Dist: extra-thing ; extra == 'x'\nAuthor: Me\n\nLong description.\n")
w("mydist-1.2.3.dist-info/RECORD", "mydist/__init__.py,,\nmydist-1.2.3.dist-info/METADATA,,\n")
w("mydist-1.2.3.dist-info/entry_points.txt", "[console_scripts]\nmytool = mydist.cli:main\n\n[myplugins]\np1 = mydist.plug:One\n")
w("mydist-1.2.3.dist-info/top_level.txt", "mydist\n")
w("mydist/__init__.py", "__version__ = '1.2.3'\n")
w("runme/__init__.py", "")
w("runme/__main__.py", "import sys\nprint('runme main', __name__, sys.argv[0][-11:])\nRESULT = 42\n")
w("script_run.py", "X = 7\nprint('script', __name__)\n")
sys.path.insert(0, tmp)
print(res.files("respkg").joinpath("data.txt").read_text(), (res.files("respkg") / "sub" / "inner.bin").read_bytes())
print(sorted(p.name for p in res.files("respkg").iterdir()), res.files("respkg").is_dir(), (res.files("respkg") / "data.txt").is_file())
with res.as_file(res.files("respkg") / "data.txt") as p:
    print(c(p), p.exists())
print(res.read_text("respkg", "data.txt"), res.is_resource("respkg", "data.txt"), sorted(res.contents("respkg")))
with res.open_binary("respkg", "data.txt") as f: print(f.read())
try:
    res.files("nosuchpkg")
except ModuleNotFoundError as e:
    print(e)
try:
    (res.files("respkg") / "missing.txt").read_text()
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
d = md.distribution("mydist")
print(d.metadata["Name"], d.version, md.version("mydist"), d.metadata["Summary"], d.requires, sorted(d.metadata.keys()))
print(c(d._path) if hasattr(d, "_path") else "", [str(f) for f in d.files], d.read_text("top_level.txt"))
eps = d.entry_points
print(sorted((e.name, e.value, e.group) for e in eps))
print([e.name for e in md.entry_points(group="myplugins")], md.entry_points().select(name="mytool")[0].module if md.entry_points().select(name="mytool") else None)
ep = md.entry_points(group="console_scripts", name="mytool")
print(list(ep)[0].attr, list(ep)[0].module)
try:
    md.version("no-such-dist-xyz")
except md.PackageNotFoundError as e:
    print(type(e).__name__, e)
print(md.packages_distributions().get("mydist"), "mydist" in [x.metadata["Name"] for x in md.distributions()])
print(md.metadata("mydist")["Author"], type(md.requires("mydist")).__name__)
# pkgutil
print(sorted(m.name for m in pkgutil.iter_modules([os.path.join(tmp, "respkg")])), pkgutil.get_data("respkg", "data.txt"))
print(sorted(n for _, n, ispkg in pkgutil.walk_packages([tmp]) if n.startswith("respkg")))
print(pkgutil.resolve_name("os.path:join").__name__, pkgutil.find_loader("respkg").__class__.__name__ if hasattr(pkgutil, "find_loader") else "")
# runpy
g = runpy.run_module("runme", run_name="__main__")
print(g["RESULT"], g["__name__"])
g = runpy.run_path(os.path.join(tmp, "script_run.py"))
print(g["X"], g["__name__"])
try:
    runpy.run_module("respkg")
except ImportError as e:
    print(type(e).__name__, e)
try:
    runpy.run_module("nosuch_mod_q")
except ImportError as e:
    print(type(e).__name__, e)
# zipimport
zp = os.path.join(tmp, "lib.zip")
with zipfile.ZipFile(zp, "w") as z:
    z.writestr("zmod.py", "Z = 'from zip'\n")
    z.writestr("zpkg/__init__.py", "P = 'zpkg'\n")
    z.writestr("zpkg/res.txt", "zipped resource")
sys.path.insert(0, zp)
import zmod, zpkg
print(zmod.Z, zpkg.P, c(zmod.__file__), type(zmod.__loader__).__name__, res.files("zpkg").joinpath("res.txt").read_text())
# compiled-code cache in a read-only directory
ro = os.path.join(tmp, "ro")
w("ro/romod.py", "V = 'readonly ok'\n")
os.chmod(ro, 0o555)
sys.path.insert(0, ro)
sys.dont_write_bytecode = False
import romod
print(romod.V, os.path.exists(os.path.join(ro, "__pycache__")) and os.geteuid() != 0)
os.chmod(ro, 0o755)
w("rw/rwmod.py", "V = 'cached'\n")
sys.path.insert(0, os.path.join(tmp, "rw"))
import rwmod
pc = os.path.join(tmp, "rw", "__pycache__")
print(rwmod.V, os.path.isdir(pc), [n.split(".")[0] + "." + n.split(".")[-1] for n in os.listdir(pc)], c(rwmod.__cached__).replace(sys.implementation.cache_tag, "TAG"))
print(importlib.util.cache_from_source("/a/b.py").replace(sys.implementation.cache_tag, "TAG"), importlib.util.source_from_cache("/a/__pycache__/b.%s.pyc" % sys.implementation.cache_tag))
sys.dont_write_bytecode = True
