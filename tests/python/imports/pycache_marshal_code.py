# marshal round trip of code objects: the loaded code has the same
# attributes and runs the same way; corrupt data raises, never crashes.
import marshal
import sys

SRC = '''
import sys
def outer(a, b=2, /, c=3, *args, d, e=5, **kw):
    total = [a, b, c, d, e, args, sorted(kw)]
    def inner(x):
        nonlocal total
        total = total + [x]
        return len(total)
    try:
        inner(1) / 0
    except ZeroDivisionError as exc:
        total.append(type(exc).__name__)
    finally:
        total.append('finally')
    return total, inner(2), {1, 2, 3} & {2}, 1.5j, 2 ** 100, -2 ** 70, 'é\\u20ac', b'\\x00\\xff', (1, (2, ...)), None
class K:
    attr = 'class body'
    def method(self):
        return __class__.__name__, [i * i for i in range(4)], {k: v for k, v in zip('ab', 'cd')}
async def coro():
    return 'coro'
def gen():
    x = yield 1
    yield from range(x or 2)
result = outer(1, 2, 3, 4, 5, d=6, z=7, y=8)
try:
    raise KeyError('k')
except KeyError as e:
    caught = repr(e)
'''

code = compile(SRC, 'marshalled.py', 'exec')
data = marshal.dumps(code)
loaded = marshal.loads(data)
print(type(loaded).__name__, loaded.co_filename, loaded.co_name)
print(marshal.loads(marshal.dumps(loaded)).co_name)

attrs = ['co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_flags', 'co_name', 'co_qualname',
         'co_filename', 'co_firstlineno', 'co_names', 'co_varnames', 'co_cellvars', 'co_freevars', 'co_nlocals']


def compare(a, b, depth=0):
    for name in attrs:
        if getattr(a, name) != getattr(b, name):
            print('  ' * depth, 'DIFFERENT', name, getattr(a, name), getattr(b, name))
    if list(a.co_positions()) != list(b.co_positions()):
        print('  ' * depth, 'DIFFERENT positions')
    if list(a.co_lines()) != list(b.co_lines()):
        print('  ' * depth, 'DIFFERENT lines')
    print('  ' * depth, a.co_qualname, a.co_varnames, a.co_freevars, a.co_cellvars, hex(a.co_flags))
    for x, y in zip(a.co_consts, b.co_consts):
        if type(x) is type(code):
            compare(x, y, depth + 1)
        elif x != y or type(x) is not type(y):
            print('  ' * depth, 'DIFFERENT const', repr(x), repr(y))


compare(code, loaded)

ns1, ns2 = {'__name__': 'm1'}, {'__name__': 'm2'}
exec(code, ns1)
exec(loaded, ns2)
print(ns1['result'])
print(ns2['result'] == ns1['result'], ns2['caught'])
print(ns2['K']().method(), ns2['K'].attr, list(ns2['gen']()))
c = ns2['coro']()
try:
    c.send(None)
except StopIteration as e:
    print('coro returned', e.value)

# Functions made from a loaded code object report its positions in tracebacks.
import traceback
bad = marshal.loads(marshal.dumps(compile("def f():\n    return 1 / 0\nf()\n", "<tb>", "exec")))
try:
    exec(bad, {})
except ZeroDivisionError:
    print([(f.name, f.lineno) for f in traceback.extract_tb(sys.exc_info()[2])][1:])

import sys
# Every truncation of the data fails cleanly.
errors = set()
for i in range(len(data)):
    try:
        marshal.loads(data[:i])
    except (EOFError, ValueError, TypeError) as e:
        errors.add(type(e).__name__)
print(sorted(errors))
print(marshal.loads(data + b'trailing').co_name)
for bad in [b'c', b'\xe3', b'c\x00\x00\x00\x00']:
    try:
        marshal.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
