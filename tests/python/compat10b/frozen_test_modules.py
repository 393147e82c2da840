# CPython's frozen test modules (including the ones Debian's standard library
# has no source for) and the frozen importlib modules' specs.
import _imp
import importlib.machinery as machinery
import sys

names = ['__hello__', '__hello_alias__', '__phello_alias__', '__phello__',
         '__phello__.__init__', '__phello__.ham', '__phello__.ham.__init__',
         '__phello__.ham.eggs', '__phello__.spam', '__hello_only__',
         '_frozen_importlib', '_frozen_importlib_external', 'zipimport']
for n in names:
    print(n, _imp.is_frozen(n), _imp.find_frozen(n), _imp.is_frozen_package(n))
    spec = machinery.FrozenImporter.find_spec(n)
    st = vars(spec.loader_state)
    print('  ', spec.name, spec.origin, spec.submodule_search_locations is not None,
          st['origname'], st['filename'] is not None)

print(_imp._frozen_module_names()[:3], '__hello_only__' in _imp._frozen_module_names())
import __hello_only__
print(__hello_only__.initialized, __hello_only__.__spec__.origin)
import __phello__.ham.eggs
print(sorted(k for k in vars(__phello__.ham.eggs) if not k.startswith('__b')))
print(_imp.get_frozen_object('__hello_only__').co_filename)
print(_imp.get_frozen_object('__phello__.ham').co_filename)

for m in (sys.modules['_frozen_importlib'], sys.modules['_frozen_importlib_external']):
    print(m.__spec__.origin, m.__spec__.loader_state.origname, '__origname__' in vars(m),
          m.__loader__.__name__)
