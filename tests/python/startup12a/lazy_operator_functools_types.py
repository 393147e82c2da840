# _operator's classes (itemgetter, attrgetter, methodcaller) and
# _functools' types (partial, _lru_cache_wrapper, _lru_list_elem,
# KeyWrapper) exist once their module is imported, as in CPython. Checked
# in a fresh -I -S interpreter, where nothing imported them yet. (Not
# listed after `import operator`: operator.py's own classes linger among
# the subclasses until a collection.)
import subprocess
import sys

CHILD = r'''
import sys
OWN = ('itemgetter', 'attrgetter', 'methodcaller', 'partial', '_lru_cache_wrapper', '_lru_list_elem', 'KeyWrapper')

def own():
    return sorted(t.__qualname__ for t in object.__subclasses__() if t.__qualname__ in OWN)

print('_operator' in sys.modules, '_functools' in sys.modules, own())
import _operator
print(own())
import _functools
print(own())
import operator, functools
g = operator.itemgetter(1, 0)
a = operator.attrgetter('real', 'imag')
m = operator.methodcaller('split', ',')
print(g('ab'), a(3 + 4j), m('x,y'), repr(g), repr(a), repr(m))
print(type(g).__module__, type(g) is _operator.itemgetter, operator.itemgetter is _operator.itemgetter)
p = functools.partial(int, base=2)
print(p('101'), repr(p), type(p) is _functools.partial)

@functools.lru_cache(maxsize=2)
def sq(x):
    return x * x

print(sq(3), sq(3), sq.cache_info(), type(sq).__name__)
k = functools.cmp_to_key(lambda x, y: y - x)
print(sorted([1, 3, 2], key=k), type(k(1)).__name__)
'''

r = subprocess.run([sys.executable, '-I', '-S', '-c', CHILD], capture_output=True, text=True)
print(r.stdout, end='')
print(r.stderr, end='')
print('exit', r.returncode)
