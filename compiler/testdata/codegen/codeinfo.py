# Prints, for each file named on stdin, one JSON line describing every code
# object CPython 3.11 compiles from it: name, qualname, first line, flags,
# argument counts, varnames, cellvars, freevars, and the constants (but code
# objects and frozensets, whose order depends on hashing).
# compiler/compile_codeinfo_test.go compares them with Krait's.
import json, sys, types

def walk(code, out):
    out.append({"name": code.co_name, "qualname": code.co_qualname, "line": code.co_firstlineno,
                "flags": code.co_flags, "argcount": code.co_argcount,
                "posonly": code.co_posonlyargcount, "kwonly": code.co_kwonlyargcount,
                "varnames": list(code.co_varnames), "cellvars": list(code.co_cellvars),
                "freevars": list(code.co_freevars),
                "consts": [repr(c) for c in code.co_consts
                           if not isinstance(c, (types.CodeType, frozenset))]})
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            walk(c, out)

for line in sys.stdin:
    path = line.strip()
    out = []
    try:
        walk(compile(open(path, "rb").read(), path, "exec"), out)
    except SyntaxError:
        pass
    print(json.dumps({"path": path, "codes": out}))
