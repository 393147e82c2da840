# _collections' own types (deque, its iterators, defaultdict, _tuplegetter)
# exist once the module is imported, as in CPython; OrderedDict is a core
# type, there from the start. Checked in a fresh -I -S interpreter, where
# nothing imported collections yet.
import subprocess
import sys

CHILD = r'''
import sys
OWN = ('deque', '_deque_iterator', '_deque_reverse_iterator', '_tuplegetter')

def own(types):
    return sorted(t.__qualname__ for t in types if t.__qualname__ in OWN)

print('_collections' in sys.modules, 'collections' in sys.modules)
print(sorted(t.__qualname__ for t in dict.__subclasses__()))
print(own(object.__subclasses__()))
import _collections
print(own(object.__subclasses__()))
print(sorted(t.__qualname__ for t in dict.__subclasses__()))
print(_collections.deque.__module__, _collections.defaultdict.__module__, _collections.OrderedDict.__module__)
d = _collections.deque([1, 2, 3], maxlen=3)
d.append(4)
print(d, list(reversed(d)), type(iter(d)).__name__, type(reversed(d)).__name__)
dd = _collections.defaultdict(list)
dd['a'].append(1)
print(dd, isinstance(dd, dict), _collections.defaultdict.__mro__)
g = _collections._tuplegetter(1, 'second')
print(type(g).__name__, g.__doc__)
print(_collections.deque in object.__subclasses__(), _collections.defaultdict in dict.__subclasses__())
'''

r = subprocess.run([sys.executable, '-I', '-S', '-c', CHILD], capture_output=True, text=True)
print(r.stdout, end='')
print(r.stderr, end='')
print('exit', r.returncode)
