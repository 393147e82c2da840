import ast

def trycompile(tree, mode="exec"):
    try:
        co = compile(tree, "<m>", mode)
        print("ok", type(co).__name__)
    except Exception as e:
        msg = str(e)
        if " object at 0x" in msg:
            msg = msg.split(" object at 0x")[0] + ">"
        print(type(e).__name__, msg)

L = dict(lineno=1, col_offset=0)
trycompile(ast.Module([ast.Expr()], []))
trycompile(ast.Module([ast.Expr(value=None, **L)], []))
trycompile(ast.Module([ast.Expr(ast.Name(id=1, ctx=ast.Load(), **L), **L)], []))
trycompile(ast.Module([ast.Expr(value=ast.Name(id='x', ctx=ast.Load()), **L)], []))
trycompile(ast.Module(ast.Name(id='x', ctx=ast.Load()), []))
trycompile(ast.Module([ast.Load()], []))
trycompile(ast.Module([ast.Name(id='x', ctx=ast.Load(), **L)], []))
trycompile(ast.Module([], []), "eval")
trycompile(ast.Module([]))
trycompile(ast.Expression(ast.Name("x", ast.Load(), **L)), "exec")
trycompile(ast.Expression(ast.Name("x", ast.Load(), **L)), "eval")
trycompile(ast.Expression(ast.Name("x", ast.Add(), **L)), "eval")
trycompile(ast.Expression(ast.Name("x", 5, **L)), "eval")
trycompile(ast.Expression(ast.Constant([1], **L)), "eval")
trycompile(ast.Expression(ast.Constant(object(), **L)), "eval")
trycompile(ast.Expression(ast.Constant(1, kind=3, **L)), "eval")
trycompile(ast.Expression(ast.BinOp(ast.Constant(1, **L), ast.Add(), None, **L)), "eval")
trycompile(ast.Expression(ast.Call(ast.Name("f", ast.Load(), **L), [None], [], **L)), "eval")
trycompile(ast.Expression(ast.Call(ast.Name("f", ast.Load(), **L), (), [], **L)), "eval")
trycompile(ast.Module([ast.Pass(lineno="1", col_offset=0)], []))
trycompile(ast.Module([ast.Pass(lineno=1)], []))
trycompile(ast.Module([ast.Import([ast.alias(name="os")], **L)], []))
trycompile(ast.Module([ast.Import([ast.alias(name="os", **L)], **L)], []))
trycompile(ast.Module([ast.ImportFrom(module=None, names=[ast.alias(name="x", **L)], level=None, **L)], []))
trycompile(ast.Interactive([ast.Expr(ast.Constant(1, **L), **L)]), "single")
trycompile(ast.Module([ast.FunctionDef("f", None, [ast.Pass(**L)], [], **L)], []))
m = ast.parse("x = 1")
print(compile(m, "f", "exec", ast.PyCF_ONLY_AST) is m)
try:
    compile(5, "f", "exec", ast.PyCF_ONLY_AST)
except TypeError as e:
    print("TypeError", e)
try:
    ast.parse("x = (")
except SyntaxError as e:
    print("SyntaxError", e.msg)
