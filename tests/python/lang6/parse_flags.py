# Parser options from compile() flags and ast.parse() arguments: '<>' under
# CO_FUTURE_BARRY_AS_BDFL, feature_version checks, type comments on
# functions, parameters, for/with and assignments, type: ignore comments.
import __future__
import ast

for src, fl in [("2 <> 3", 0), ("2 != 3", 0), ("from __future__ import barry_as_FLUFL\n2 <> 3", 0),
                ("2 <> 3", __future__.CO_FUTURE_BARRY_AS_BDFL), ("2 != 3", __future__.CO_FUTURE_BARRY_AS_BDFL),
                ("a <> b <> c", 0), ("a < > b", 0)]:
    try:
        compile(src, "<t>", "exec", fl)
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), "SE", e.args)

for s in ['async def f(): pass', 'async def f():\n  await x', 'async def f():\n  async for x in y: pass',
          'async def f():\n  async with x: pass', 'async def f():\n  [x async for x in y]', 'a @ b', 'a @= b',
          'x: int = 1', 'x: int', '(x := 1)', 'def f(a, /): pass', 'lambda a, /: 1',
          'with (a as b, c as d): pass', 'match x:\n case 1: pass', 'try: pass\nexcept* E: pass', 'f"{a}"',
          'a = 1_0', 'f"{a!r:{b}}"', 'def f(a, b=1, /, c=2): pass', 'x = "a" f"b"']:
    for v in (4, 5, 7, 8, 9, 10, 11):
        try:
            ast.parse(s, feature_version=(3, v))
            r = 'ok'
        except SyntaxError as e:
            r = (e.msg, e.lineno, e.offset)
        print(repr(s), v, r)

src = '''\
def fab(
    a,  # type: A
    *b,  # type: B
    c=1,  # type: C
    **d  # type: D
):
    # type: (...) -> None
    x = 1  # type: int
    for i in x:  # type: int
        pass  # type: ignore[x]
    with y as z:  # type: str
        pass
'''
t = ast.parse(src, type_comments=True)
f = t.body[0]
print(f.type_comment, [a.type_comment for a in f.args.args + [f.args.vararg] + f.args.kwonlyargs + [f.args.kwarg]])
print([getattr(s, 'type_comment', None) for s in f.body])
print(ast.dump(t.type_ignores[0]))
print(ast.parse(src).body[0].type_comment)
for bad in ['def f(\n    *,  # type: int\n    a,  # type: int\n):\n    pass\n',
            'def foo():  # type: () -> int\n    # type: () -> str\n    return 1\n']:
    try:
        ast.parse(bad, type_comments=True)
    except SyntaxError as e:
        print(e.msg, e.lineno)
