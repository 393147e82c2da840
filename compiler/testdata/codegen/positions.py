# Prints, for each file named on stdin, the positions CPython 3.11 gives to
# the instructions that can raise, grouped by kind, as one JSON line per
# file: {"path": ..., "kinds": {kind: [[qualname, line, endline, col, endcol], ...]}}.
# compiler/compile_positions_test.go compares them with Krait's.
import json, sys, types

KINDS = {
    "BINARY_OP": "binop", "BINARY_SUBSCR": "getitem", "STORE_SUBSCR": "setitem",
    "CALL": "call", "CALL_FUNCTION_EX": "call", "LOAD_ATTR": "attr", "LOAD_METHOD": "method",
    "STORE_ATTR": "storeattr", "COMPARE_OP": "compare", "IS_OP": "compare",
    "CONTAINS_OP": "compare", "LOAD_GLOBAL": "global", "GET_ITER": "iter",
    "FOR_ITER": "foriter", "UNPACK_SEQUENCE": "unpack", "UNPACK_EX": "unpack",
    "RAISE_VARARGS": "raise", "IMPORT_NAME": "import", "IMPORT_FROM": "importfrom",
}

def walk(code, out):
    for ins, pos in zip(code.co_code[::2], code.co_positions()):
        pass
    import dis
    for i in dis.get_instructions(code):
        k = KINDS.get(i.opname)
        if k:
            p = i.positions
            out.setdefault(k, []).append([code.co_qualname, p.lineno, p.end_lineno, p.col_offset, p.end_col_offset])
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            walk(c, out)

for line in sys.stdin:
    path = line.strip()
    out = {}
    try:
        walk(compile(open(path, "rb").read(), path, "exec"), out)
    except SyntaxError:
        pass
    print(json.dumps({"path": path, "kinds": out}))
