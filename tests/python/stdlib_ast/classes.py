import ast, _ast
names = sorted(n for n in dir(_ast) if not n.startswith('_'))
print(names)
for n in names:
    c = getattr(_ast, n)
    if isinstance(c, type):
        print(n, c.__module__, [b.__name__ for b in c.__mro__], c._fields, c._attributes, c.__match_args__, c.__doc__)
        print({k: v for k, v in vars(c).items() if v is None and k != '__doc__'})
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
n = ast.Name('x', ast.Load(), lineno=3)
print(n.id, n.lineno, sorted(n.__dict__), n.__reduce__()[0], n.__reduce__()[2]["id"], ast.Load().__reduce__())
for args in [(1, 2, 3), (1,), ()]:
    try:
        print(ast.dump(ast.Name(*args)))
    except TypeError as e:
        print("TypeError", e)
try: ast.Expr(1, 2)
except TypeError as e: print("TypeError", e)
try: ast.Pass(1)
except TypeError as e: print("TypeError", e)
try: ast.Name().id
except AttributeError as e: print("AttributeError", e)
class MyName(ast.Name):
    pass
m = MyName('y', ast.Load(), lineno=1, col_offset=0)
m.extra = 5
print(ast.dump(m), m.extra)
print(eval(compile(ast.Expression(m), 'f', 'eval'), {'y': 42}))
match ast.parse("a + 1").body[0].value:
    case ast.BinOp(ast.Name(id), ast.Add(), ast.Constant(v)):
        print("matched", id, v)
print(ast.Constant(5).kind, ast.arg('a').annotation, ast.expr().end_lineno)
print(isinstance(ast.Num(1), ast.Constant), type(ast.Num(1)).__name__)
try: ast.Constant(1, value=2)
except TypeError as e: print("TypeError", e)
class N2(ast.Constant):
    def __new__(cls, *args, **kwargs):
        return ast.Constant.__new__(cls, *args, **kwargs)
n2 = N2(42)
print(type(n2).__name__, n2.value, isinstance(n2, ast.Constant))
print(ast.AST.__new__(ast.Name, 1, 2, k=3).__dict__)
