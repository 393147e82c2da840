# _symtable: entries, flags with scopes, constants, errors.
import _symtable as s, symtable, warnings

print([(n, getattr(s, n)) for n in sorted(dir(s)) if n.isupper()])
SRC = '''
@dec
def f(a, /, b, *c, d, **e):
    global g
    x = [i for i in a]
    def inner():
        nonlocal x
        return x, b
    return lambda q: q + x
class C(B):
    y: int = 1
    __p = 2
    def m(self): return __class__, self.__z, __p
    @staticmethod
    def st(): yield from (k for k in range(3))
from os import path
import sys as system
async def co():
    async with a as b:
        await b
    return {k: v for k, v in {}.items()}, {w for w in ()}
'''

def dump(t, ind=''):
    print(ind, t.get_type(), t.get_name(), t.get_lineno(), t.is_optimized(), t.is_nested(), t.has_children(),
          t._table.varnames, t._table.symbols, t._table.nested, t._table.type)
    for name in sorted(t.get_identifiers()):
        sym = t.lookup(name)
        print(ind, ' ', name, sym.is_referenced(), sym.is_parameter(), sym.is_global(), sym.is_declared_global(),
              sym.is_local(), sym.is_annotated(), sym.is_free(), sym.is_imported(), sym.is_assigned(),
              sym.is_namespace(), sym.is_nonlocal())
    if isinstance(t, symtable.Function):
        print(ind, t.get_parameters(), t.get_locals(), t.get_globals(), t.get_frees(), t.get_nonlocals())
    if isinstance(t, symtable.Class):
        print(ind, t.get_methods())
    for c in t.get_children():
        dump(c, ind + '  ')

top = symtable.symtable(SRC, 'src', 'exec')
dump(top)
print(repr(top), top.get_children()[0])
e = top._table
print(e.children[0] is e.children[0], repr(e).startswith('<symtable entry top('), e.id == top.get_id())
print(type(e).__name__, type(e).__module__)
for mode, code in [('eval', 'x + (lambda y: y)(z)'), ('single', 'a = b'), ('exec', b'# -*- coding: latin-1 -*-\nclass \xe9: pass\n')]:
    t = symtable.symtable(code, 'm', mode)
    print(mode, t._table.symbols, [c.name for c in t._table.children])
print(symtable.symtable('from __future__ import annotations\ndef f(x: int) -> T: pass', 'a', 'exec')._table.children[0].symbols)

def err(f):
    try:
        print(repr(f()))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: s.symtable('x', 'f', 'foo'))
err(lambda: s.symtable('x\0', 'f', 'exec'))
err(lambda: s.symtable(5, 'f', 'exec'))
err(lambda: s.symtable(5, 'f', 'foo'))
err(lambda: s.symtable('x=(', 'f', 'exec'))
err(lambda: s.symtable('nonlocal x', 'f', 'exec'))
err(lambda: s.symtable('def f(x): global x', 'spam', 'exec'))
err(lambda: s.symtable('def f():\n  x = 1\n  global x', 'spam', 'exec'))
err(lambda: s.symtable('x', 5, 'exec'))
err(lambda: s.symtable('x=1', 'f', 'eval'))
err(lambda: s.symtable('x', 'f'))
err(lambda: s.symtable('x', b'f', 'exec').name)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    err(lambda: s.symtable('x', memoryview(b'f'), 'exec').name)
    print([str(x.message) for x in w])
