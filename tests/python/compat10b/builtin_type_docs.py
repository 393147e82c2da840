# Builtin types and exceptions have docstrings (help() and pydoc show them);
# their first lines give the call forms; type.__doc__ is type's docstring;
# a class's __dict__/__weakref__ descriptors are documented.
import builtins
import pydoc
import types

for t in (bool, dict, frozenset, int, range, set, slice, super, zip, type,
          classmethod, staticmethod, filter, map):
    print(t.__name__, t.__doc__.splitlines()[0])
print(type.__doc__)
for name in dir(builtins):
    v = getattr(builtins, name)
    if isinstance(v, type) and name != 'ExceptionGroup':
        assert isinstance(v.__doc__, str) and v.__doc__, name
for t in (types.GenericAlias, types.UnionType, types.ModuleType, types.CellType):
    print(t.__name__, t.__doc__.splitlines()[0])


class A:
    pass


print(A.__dict__['__dict__'].__doc__.startswith('dictionary for instance variables'))
print(A.__dict__['__weakref__'].__doc__.startswith('list of weak references to the object'))
doc = pydoc.render_doc(list[int], renderer=pydoc.plaintext)
print(list.__doc__.strip().splitlines()[0] in doc, 'GenericAlias in module builtins' in doc)
print(A.__doc__, type(ValueError.__doc__).__name__)
print(property.__doc__.splitlines()[0], property(lambda s: 1, doc='d').__doc__)
