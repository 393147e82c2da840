import ast
src = '''
import os, sys as s
from . import x
@dec
async def f(a, /, b: int = 1, *c, d, e=2, **k) -> None:
    """doc"""
    global g
    x: int = 3
    y = [i for i in range(10) if i % 2]
    z = {k: v for k, v in d.items()}
    w = {1, 2, *q}
    async with a as b, c:
        pass
    async for i in x:
        await y
    try:
        raise E from None
    except (A, B) as e:
        pass
    except C:
        pass
    else:
        del x[1:2:3], y.z
    finally:
        return lambda x, *y, **z: (yield from x)
class C(B, metaclass=M):
    match p:
        case [1, 2, *rest] | {"a": 1, **kw} if rest:
            pass
        case Point(x=0, y=_) as q:
            pass
        case None | True | -1+2j | "s" | b"b":
            pass
x = 1_000_000_000_000_000_000_000 + 0x10 + 1.5e10 + 3j + ... + u"u" + f"a{b!r:{c}}d" + b'\\x00'
a if b else c; not a; -a; a @ b; a ** b; a < b <= c is not d not in e
x += 1
assert x, "m"
with open(f) as (a, b): pass
while x: break
else: continue
nonlocal_ = [*a, *b]
print(*args, **kw, sep='')
(x := 5)
'''
t = ast.parse(src)
print(ast.dump(t, include_attributes=True))
print(ast.dump(t, indent=2)[:2000])
print(ast.unparse(t))
for n in ast.walk(t):
    pass
print(sum(1 for _ in ast.walk(t)))
print(ast.dump(ast.parse("x", mode="eval")), ast.dump(ast.parse("x=1", mode="single")))
print(ast.dump(ast.parse("(int, str) -> List[int]", mode="func_type")))
print(ast.literal_eval("[1, 2.5, -3j, 'a', b'b', (1,), {1: 2}, {3}, None, True, -1+2j]"))
for bad in ["x", "1+a", "f()", "{**a}", "-'a'"]:
    try: ast.literal_eval(bad)
    except ValueError as e: print("ValueError", str(e).split(" object at")[0])
class T(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.Constant(node.value * 10)
        return node
t2 = ast.fix_missing_locations(T().visit(ast.parse("print(1 + 2, 'a')\nfor i in range(3): print(i)")))
exec(compile(t2, "<t>", "exec"))
exec(compile(ast.parse("def f(x):\n  return x*2\nprint(f(21))"), "f", "exec"))
print(eval(compile(ast.Expression(ast.BinOp(ast.Constant(2), ast.Mult(), ast.Constant(3), lineno=1, col_offset=0), ), "e", "eval")) if False else None)
e = ast.Expression(body=ast.BinOp(ast.Constant(2), ast.Mult(), ast.Constant(3)))
print(eval(compile(ast.fix_missing_locations(e), "e", "eval")))
print(ast.get_docstring(t.body[3]))
print(ast.parse("x").body[0].value.ctx is ast.parse("y").body[0].value.ctx)
