# Native modules' dicts: the first five entries every module gets, in
# CPython's order, and whole-dict behaviour (lookups, growth, deletion)
# after the dict was sized up front for the module's functions.
import sys
import posix, time, math, _stat, marshal, _thread, _weakref, _abc

for m in (posix, time, math, _stat, marshal, _thread, _weakref, _abc, sys.modules['builtins']):
    names = list(vars(m))
    print(m.__name__, names[:5], len(names) == len(set(names)))

# Every public function is reachable both ways.
for m in (posix, time, math, marshal):
    d = vars(m)
    missing = [n for n in dir(m) if n not in d or getattr(m, n) is not d[n]]
    print(m.__name__, 'missing', missing)

# Growing, shrinking and re-growing a native module's dict keeps order.
d = vars(math)
before = list(d)
for i in range(200):
    setattr(math, f'_extra{i}', i)
print(list(d)[:len(before)] == before, list(d)[len(before):len(before) + 3])
for i in range(200):
    delattr(math, f'_extra{i}')
print(list(d) == before)
print(math.sqrt(16.0), posix.getcwd() == __import__('os').getcwd(), time.time() > 0)

# Source compiled at run time with one scope and with many nested ones.
print(eval('1 + 2'), eval(compile('x = 5', '<s>', 'exec') and 'len("abc")'))
src = '\n'.join(f'def f{i}(a, b=1):\n    def g(c):\n        return lambda: (a, b, c)\n    return g({i})()' for i in range(40))
ns = {}
exec(src, ns)
print([ns[f'f{i}'](i) for i in (0, 17, 39)])
exec('class C:\n    def m(self): return [y for y in range(3)]\nr = C().m()', ns)
print(ns['r'])
