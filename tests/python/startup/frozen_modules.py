# The standard-library modules CPython 3.11 freezes are imported through
# FrozenImporter: their specs, __file__, code file names and the _imp API.
import sys, _imp
import os, stat, abc, io, codecs, posixpath, genericpath, zipimport
import importlib.util, importlib.machinery, runpy

for m in (os, stat, abc, io, codecs, posixpath, genericpath, zipimport, importlib.util, importlib.machinery, runpy):
    s = m.__spec__
    rel = m.__file__.rsplit("/python3.11/", 1)[-1]
    print(m.__name__, s.origin, s.loader.__name__, s.has_location, s.cached, rel)
    print("  ", s.loader_state.origname, s.loader_state.filename == m.__file__, s.submodule_search_locations)
    print("  ", hasattr(m, "__cached__"), repr(m)[:60])
print(os.path is posixpath, sys.modules["os.path"] is posixpath)
print(os.walk.__code__.co_filename, posixpath.join.__code__.co_filename)
print(sys.path_hooks[0])

import json, collections
print(json.__spec__.origin.endswith("json/__init__.py"), collections.__spec__.origin.endswith("collections/__init__.py"))

print(_imp.find_frozen("os"), _imp.find_frozen("os.path"), _imp.find_frozen("json"))
print(type(_imp.find_frozen("stat", withdata=True)[0]).__name__)
print(_imp.is_frozen("os"), _imp.is_frozen("json"), _imp.is_frozen_package("os"))
print(_imp.get_frozen_object("stat").co_filename, _imp.get_frozen_object("os.path").co_filename)
print(_imp.init_frozen("json"), _imp.init_frozen("stat"))
for f, a in [(_imp.is_frozen_package, ("json",)), (_imp.get_frozen_object, ("json",)),
             (_imp.find_frozen, (3,)), (_imp.get_frozen_object, (3,)), (_imp.is_frozen, (3,))]:
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "name", "-"))
names = _imp._frozen_module_names()
for n in ("zipimport", "os", "site", "runpy", "importlib.util", "os.path"):
    print(n, n in names)

# A traceback through a frozen module names it <frozen os>, without a line.
import traceback
try:
    os.makedirs("")
except OSError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.filename, fs.name, repr(fs.line))

# site is frozen too.
import site
print(site.__spec__.origin, site.__file__.endswith("/python3.11/site.py"))
