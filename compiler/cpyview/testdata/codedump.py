# Dumps, as JSON, the CPython 3.11 compilation of each file named on the
# command line: for every code object, its qualified name, first line,
# co_code, co_names, co_linetable, co_exceptiontable, co_stacksize and the
# number of constants.
import json, sys

def walk(co, out):
    out.append({"q": co.co_qualname, "l": co.co_firstlineno, "code": co.co_code.hex(),
                "names": list(co.co_names), "lt": co.co_linetable.hex(),
                "et": co.co_exceptiontable.hex(), "ss": co.co_stacksize,
                "nconsts": len(co.co_consts), "varnames": list(co.co_varnames),
                "flags": co.co_flags})
    for k in co.co_consts:
        if hasattr(k, "co_code"):
            walk(k, out)

res = {}
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        src = f.read()
    out = []
    try:
        walk(compile(src, path, "exec", dont_inherit=True), out)
    except SyntaxError:
        continue
    res[path] = out
json.dump(res, sys.stdout)
