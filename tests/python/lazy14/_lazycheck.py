# Prints what a program can see of _lazymod's functions; the case runs it
# twice in a child process, the second time from the compiled-code cache.
import inspect
import marshal
import pickle
import sys
import traceback

import _lazymod as m


def show_code(label, co):
    print(label, co.co_name, co.co_qualname, co.co_firstlineno, co.co_argcount,
          co.co_posonlyargcount, co.co_kwonlyargcount, co.co_varnames,
          co.co_cellvars, co.co_freevars, co.co_filename.rsplit("/", 1)[-1])
    print("  names", co.co_names)
    print("  consts", [c.co_name if hasattr(c, "co_name") else c for c in co.co_consts])


funcs = [m.documented, m.plain, m.closure, m.gen, m.raiser, m.lam, m.comp,
         m.Shape.__init__, m.Shape.describe, m.Shape.unit, m.Shape.Inner.method,
         m.never_called, m.closure(1)]
for f in funcs:
    print(f.__name__, repr(f.__doc__), f.__module__, f.__defaults__, f.__kwdefaults__)
for f in funcs:
    show_code(f.__qualname__, f.__code__)

print(m.documented(1), m.plain(4), m.closure(10)(5), list(m.gen(4)), m.lam(21))
print(m.comp([1, 3]), m.Shape("sq").describe(), m.Shape.unit().name, m.Shape.Inner().method())
print(m.cached(4), m.Shape("x").area, m.never_called(5, 3))

try:
    m.raiser(2)
except ValueError:
    for fs in traceback.extract_tb(sys.exc_info()[2]):
        print("tb", fs.filename.rsplit("/", 1)[-1], fs.lineno, fs.name, fs.line)

print(inspect.getsource(m.Shape.describe), end="")
print(inspect.getsource(m.never_called).splitlines()[1])
print(inspect.signature(m.documented), inspect.getdoc(m.Shape.describe))
print(inspect.isgeneratorfunction(m.gen), inspect.getclosurevars(m.closure(2)).nonlocals)

co = m.never_called.__code__
again = marshal.loads(marshal.dumps(co))
print(again == co, again.co_consts == co.co_consts, again.co_name)
print(type(m.never_called)(again, {})(7, 2))
print(pickle.loads(pickle.dumps(m.documented)) is m.documented)
print(co.co_lines is not None, len(list(co.co_positions())) > 0)
print(m.plain.__code__.replace(co_name="renamed").co_name, m.plain.__code__ == m.plain.__code__.replace())
print(m.lam.__code__.co_consts, m.documented.__code__.co_consts)
