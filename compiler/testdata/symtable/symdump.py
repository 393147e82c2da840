"""Reference symbol tables from CPython 3.11, for compiler/symtable_test.go.

Reads one JSON request per line on stdin and writes one JSON reply per line:
  request: {"src": str} or {"path": str}, and optionally "mode" (compile()'s
           mode, default "exec"), "ast": true (include the tree as JSON for
           the Go side to rebuild), "hash": true (send the SHA-256 of the
           dump instead of the dump), "code": true (see below).
  reply:   {"perr": str} if ast.parse fails, else {"err": str} if building
           the symbol table raises, else {"dump": str} or {"hash": str};
           "code" (if asked): per block, co_cellvars and co_freevars, and
           for functions the generator, coroutine, varargs, varkeywords bits
           of co_flags, as compile() sets them ("?" where compile() fails or
           no code object matches); "ast" if asked.
A request {"harvest": path} answers {"cases": [reply + {"src": str}, ...]}
for every string constant and doctest example in the file that parses.
The dump format is reproduced by dumpTable in symtable_test.go.
"""
import ast
import hashlib
import json
import sys
import symtable
import warnings

TYPES = {0: "function", 1: "class", 2: "module"}
SCOPES = ["NONE", "LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL"]
FLAGS = ["DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL", "USE",
         "DEF_FREE", "DEF_FREE_CLASS", "DEF_IMPORT", "DEF_ANNOT", "DEF_COMP_ITER"]
ENUMS = {}
for group in (["Load", "Store", "Del"], ["And", "Or"],
              ["Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift",
               "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"],
              ["Invert", "Not", "UAdd", "USub"],
              ["Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"]):
    for i, name in enumerate(group):
        ENUMS[name] = i


def flagstr(f):
    names = [n for i, n in enumerate(FLAGS) if f & (1 << i)]
    return "|".join(names) if names else "0"


def dump(tb, out, ind):
    out.append("%s%s %s line=%d nested=%d varnames=%s" % (
        ind, TYPES[tb.type], tb.name, tb.lineno, tb.nested, ",".join(tb.varnames)))
    items = list(tb.symbols.items())
    # Names only passed through (no flags) are appended in set order: sort them.
    own = [(k, v) for k, v in items if v & 2047]
    passed = sorted((k, v) for k, v in items if not v & 2047)
    for k, v in own + passed:
        out.append("%s  %s %s %s" % (ind, k, flagstr(v & 2047), SCOPES[(v >> 11) & 15]))
    for c in tb.children:
        dump(c, out, ind + "    ")


CODENAMES = {"lambda": "<lambda>", "genexpr": "<genexpr>", "listcomp": "<listcomp>",
             "setcomp": "<setcomp>", "dictcomp": "<dictcomp>"}


def codeflags(tb, code, out):
    """Appends a line for each block, in preorder: its name, then "?" if
    there is no code object, else the cells and free variables, and for
    functions the generator, coroutine, varargs, varkeywords bits."""
    if code is None:
        out.append("%s ?" % tb.name)
    else:
        line = "%s cells=%s frees=%s" % (tb.name, ",".join(code.co_cellvars),
                                         ",".join(code.co_freevars))
        f = code.co_flags
        if tb.type == 0:
            line += " %d%d%d%d" % (bool(f & 0x220), bool(f & 0x280), bool(f & 0x4), bool(f & 0x8))
        out.append(line)
    # Match children to code objects by name, or by name and line where
    # the name repeats; leave the rest unmatched ("?"), since the compiler
    # does not make code objects in the symbol table's order.
    kids = [c for c in code.co_consts if hasattr(c, "co_flags")] if code else []
    names = [CODENAMES.get(ch.name, ch.name) for ch in tb.children]
    for ch, want in zip(tb.children, names):
        same = [k for k in kids if k.co_name == want]
        if len(same) > 1 or names.count(want) > 1:
            same = [k for k in same if k.co_firstlineno == ch.lineno]
            if len(same) != 1 or sum(1 for c, n in zip(tb.children, names)
                                     if n == want and c.lineno == ch.lineno) != 1:
                same = []
        codeflags(ch, same[0] if len(same) == 1 else None, out)


def tojson(node):
    if isinstance(node, list):
        return [tojson(x) for x in node]
    if isinstance(node, ast.AST):
        name = type(node).__name__
        if name in ENUMS:
            return ENUMS[name]
        d = {"_": name}
        for f in node._fields:
            d[f] = tojson(getattr(node, f, None))
        if hasattr(node, "lineno") and hasattr(node, "end_col_offset"):
            d["@"] = [node.lineno, node.col_offset, node.end_lineno, node.end_col_offset]
        return d
    # Constants: str as itself, the others tagged (JSON has no complex,
    # bytes, inf or nan, and no big ints for Go's float64 decoding).
    if isinstance(node, str) or node is None:
        return node
    if isinstance(node, bool):
        return {"bool": node}
    if isinstance(node, int):
        return node if abs(node) < 2**53 else {"int": str(node)}
    if isinstance(node, float):
        return {"float": node.hex()}
    if isinstance(node, complex):
        return {"complex": [node.real.hex(), node.imag.hex()]}
    if isinstance(node, bytes):
        return {"bytes": node.decode("latin-1")}
    if node is Ellipsis:
        return {"ellipsis": True}
    return None


def harvest(path):
    """Returns the sources inside a test file that compile()'s parser
    accepts: its string constants and its doctest examples."""
    import doctest
    with open(path, "rb") as f:
        tree = ast.parse(f.read(), path)
    found, seen = [], set()

    def add(src):
        if src in seen:
            return
        seen.add(src)
        try:
            ast.parse(src, "x.py")
        except Exception:
            return
        found.append(src)

    parser = doctest.DocTestParser()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            add(node.value)
            try:
                examples = parser.get_examples(node.value)
            except ValueError:
                continue
            for ex in examples:
                add(ex.source)
    return found


def errtext(e):
    return "%s: %s @%s:%s-%s:%s" % (type(e).__name__, e.msg, e.lineno,
                                    e.offset, e.end_lineno, e.end_offset)


def handle(req):
    if "harvest" in req:
        return {"cases": [handle({"src": src, "code": True}) | {"src": src}
                          for src in harvest(req["harvest"])]}
    if "src" in req:
        src, filename = req["src"], "x.py"
    else:
        filename = req["path"]
        with open(filename, "rb") as f:
            src = f.read()
    rep = {}
    try:
        tree = ast.parse(src, filename, req.get("mode", "exec"))
    except (SyntaxError, ValueError) as e:
        return {"perr": "%s: %s" % (type(e).__name__, e)}
    if req.get("ast"):
        rep["ast"] = tojson(tree)
    try:
        top = symtable.symtable(src, filename, req.get("mode", "exec"))
    except SyntaxError as e:
        rep["err"] = errtext(e)
        return rep
    if req.get("code"):
        try:
            code = compile(src, filename, req.get("mode", "exec"), dont_inherit=True)
        except SyntaxError as e:
            code = None
            rep["cerr"] = errtext(e)
        except ValueError:
            code = None
        flags = []
        codeflags(top._table, code, flags)
        rep["code"] = "\n".join(flags)
    out = []
    dump(top._table, out, "")
    text = "\n".join(out) + "\n"
    if req.get("hash"):
        rep["hash"] = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    else:
        rep["dump"] = text
    return rep


def main():
    sys.setrecursionlimit(10000)
    warnings.simplefilter("ignore")
    for line in sys.stdin:
        rep = handle(json.loads(line))
        sys.stdout.write(json.dumps(rep) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
