# CPython's frozen test modules (__hello__, __phello__ and their aliases)
# are frozen, and the two packages are frozen packages.
import _imp, importlib.machinery, sys, io, contextlib
for n in ["__hello__", "__hello_alias__", "__phello_alias__", "__phello_alias__.spam",
          "__phello__", "__phello__.spam", "__hello_only_x__"]:
    found = _imp.find_frozen(n)
    print(n, _imp.is_frozen(n), found and found[1:])
    if found:
        print(" pkg", _imp.is_frozen_package(n))
try:
    _imp.is_frozen_package("nope")
except ImportError as e:
    print("ImportError", e)
import __phello__, __phello__.spam
print(__phello__.__spec__.loader is importlib.machinery.FrozenImporter, __phello__.__spec__.origin)
print([p.rsplit("/", 1)[-1] for p in __phello__.__path__], __phello__.__file__.rsplit("/", 2)[-2:])
print(__phello__.spam.__spec__.loader is importlib.machinery.FrozenImporter, __phello__.spam.__file__.rsplit("/", 2)[-2:])
import __hello_alias__
with contextlib.redirect_stdout(io.StringIO()) as out:
    __hello_alias__.main()
print(repr(out.getvalue()), __hello_alias__.__spec__.loader_state.origname)
import __phello_alias__.spam
print(__phello_alias__.__path__, __phello_alias__.spam.__name__)
print([n for n in _imp._frozen_module_names() if "hello" in n][:5])
