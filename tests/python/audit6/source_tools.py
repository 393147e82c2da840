import fileinput, linecache, ast, tokenize, keyword, io, os, tempfile, shutil, token, symtable, py_compile, compileall, importlib, sys, shutil as sh
tmp = tempfile.mkdtemp()
def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        import re as _re
        print(label, "!!", type(e).__name__, _re.sub(r" at 0x[0-9a-f]+", "", str(e).replace(tmp, "TMP")))
for n, txt in (("a.txt", "one\ntwo\n"), ("b.txt", "three\nfour"), ("c.py", "x = 1\ndef f(a, b=2):\n    return a + b  # comment\n")):
    with open(os.path.join(tmp, n), "w") as fh:
        fh.write(txt)
files = [os.path.join(tmp, n) for n in ("a.txt", "b.txt")]
with fileinput.input(files) as fi:
    for line in fi:
        print(os.path.basename(fi.filename()), fi.lineno(), fi.filelineno(), fi.isfirstline(), repr(line))
with fileinput.input(files, inplace=True, backup=".bak") as fi:
    for line in fi:
        print(line.rstrip("\n").upper())
print(open(files[0]).read(), sorted(os.listdir(tmp)))
t("fileinput missing", lambda: list(fileinput.input([os.path.join(tmp, "nope")])))
t("fileinput mode", lambda: fileinput.input(files, mode="w"))
t("linecache", lambda: (linecache.getline(os.path.join(tmp, "c.py"), 2), linecache.getline(os.path.join(tmp, "c.py"), 99), linecache.getline("/nope", 1)))
src = open(os.path.join(tmp, "c.py")).read()
tree = ast.parse(src)
print(ast.dump(tree, indent=1)[:400])
print(ast.unparse(tree))
print([type(n).__name__ for n in ast.walk(tree)][:12])
t("literal_eval", lambda: ast.literal_eval("{'a': [1, 2.5, (3, None)], 'b': {1, 2}, 'c': -3j, 'd': b'x'}"))
t("literal_eval bad", lambda: ast.literal_eval("__import__('os')"))
t("literal_eval name", lambda: ast.literal_eval("x + 1"))
t("literal_eval syntax", lambda: ast.literal_eval("1 +"))
t("parse error", lambda: ast.parse("def f(:\n  pass", filename="bad.py"))
t("parse mode", lambda: ast.dump(ast.parse("1 + 2", mode="eval")))
t("fix_missing", lambda: type(compile(ast.fix_missing_locations(ast.Expression(ast.BinOp(ast.Constant(2), ast.Mult(), ast.Constant(21)))), "<ast>", "eval")).__name__)
t("eval ast", lambda: eval(compile(ast.fix_missing_locations(ast.Expression(ast.BinOp(ast.Constant(2), ast.Mult(), ast.Constant(21)))), "<ast>", "eval")))
t("compile bad ast", lambda: compile(ast.Expression(ast.Name("x", ast.Store())), "<ast>", "eval"))
class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.copy_location(ast.Name(node.id.upper(), node.ctx), node)
print(ast.unparse(Renamer().visit(ast.parse("a = b + c"))))
t("get_docstring", lambda: ast.get_docstring(ast.parse('def f():\n    """Doc."""\n').body[0]))
t("get_source_segment", lambda: ast.get_source_segment(src, tree.body[1].body[0]))
toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
print([(token.tok_name[tk.type], tk.string) for tk in toks][:14])
t("tokenize bad", lambda: list(tokenize.generate_tokens(io.StringIO("x = '''\n").readline)))
t("tokenize indent", lambda: list(tokenize.generate_tokens(io.StringIO("if x:\n    a\n  b\n").readline)))
t("detect_encoding", lambda: tokenize.detect_encoding(io.BytesIO(b"# -*- coding: latin-1 -*-\nx = 1\n").readline))
t("detect bad", lambda: tokenize.detect_encoding(io.BytesIO(b"# coding: nope\n").readline))
t("untokenize", lambda: tokenize.untokenize([(tk.type, tk.string) for tk in toks])[:30])
t("keyword", lambda: (keyword.iskeyword("async"), keyword.issoftkeyword("match"), len(keyword.kwlist), keyword.softkwlist))
st = symtable.symtable(src, "c.py", "exec")
t("symtable", lambda: (st.get_type(), sorted(st.get_identifiers()), [c.get_name() for c in st.get_children()]))
fn = st.get_children()[0]
t("symtable fn", lambda: (fn.get_parameters(), fn.get_locals(), fn.lookup("a").is_parameter()))
t("py_compile", lambda: os.path.basename(py_compile.compile(os.path.join(tmp, "c.py"), cfile=os.path.join(tmp, "c.pyc"))))
with open(os.path.join(tmp, "bad.py"), "w") as fh:
    fh.write("def f(:\n")
t("py_compile bad", lambda: py_compile.compile(os.path.join(tmp, "bad.py"), doraise=True))
t("compile_dir", lambda: compileall.compile_dir(tmp, quiet=2))
sys.path.insert(0, tmp)
import c as cmod
t("import", lambda: (cmod.f(1), cmod.x))
with open(os.path.join(tmp, "c.py"), "a") as fh:
    fh.write("y = 99\n")
importlib.invalidate_caches()
t("reload", lambda: (importlib.reload(cmod).y))
t("import bad", lambda: importlib.import_module("bad"))
t("import missing", lambda: importlib.import_module("nope_mod_xyz"))
t("import relative", lambda: importlib.import_module(".x"))
t("find_spec", lambda: importlib.util.find_spec("nope_mod_xyz"))
t("exec", lambda: (lambda ns: (exec("def g():\n    return 5\nv = g()", ns), ns["v"])[1])({}))
t("eval syntax", lambda: eval("1 +* 2"))
t("compile flags", lambda: compile("x = 1", "<s>", "single").co_flags & 0)
t("compile bad mode", lambda: compile("x", "<s>", "weird"))
t("compile null", lambda: compile("x\0", "<s>", "exec"))
sys.path.remove(tmp)
shutil.rmtree(tmp)
