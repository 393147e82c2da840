# Functions of the frozen standard-library modules (co_filename
# "<frozen NAME>") keep CPython's bytecode view: co_code, co_consts,
# co_names, co_lines() and dis work on them as on any other function.
import dis
import io
import os
import stat
import codecs
import genericpath
import importlib.util
import runpy
import site

funcs = [os.path.join, os.path.splitext, os.makedirs, stat.filemode,
         genericpath.exists, codecs.getreader, importlib.util.find_spec,
         runpy.run_path, site.addsitedir]

for f in funcs:
    c = f.__code__
    print(f.__qualname__, c.co_filename, len(c.co_code), c.co_names[:4],
          len(c.co_consts), len(list(c.co_lines())))

out = io.StringIO()
dis.dis(os.path.join, file=out)
lines = out.getvalue().splitlines()
print(len(lines))
print("\n".join(lines[:12]))

ops = [i.opname for i in dis.get_instructions(stat.filemode)]
print(ops[:10], len(ops))

# A traceback through a frozen module names it as CPython does.
try:
    os.path.join(1, "a")
except TypeError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_filename, type(e).__name__, e)
