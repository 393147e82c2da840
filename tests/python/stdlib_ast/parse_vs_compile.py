import ast
for s in ["await x", "async with a: pass", "[await y for y in z]", "return 5", "yield 1", "break", "nonlocal x", "def f():\n  x = 1\n  global x", "f(**a, *b)", "del f()", "x: int = 1\nx: str", "from __future__ import braces", "a = yield", "f(x for x in y, 1)"]:
    try:
        print(repr(s), ast.dump(ast.parse(s))[:120])
    except SyntaxError as e:
        print(repr(s), "SyntaxError", e.msg)
    try:
        compile(s, "f", "exec", ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        print("  compiles")
    except SyntaxError as e:
        print("  SyntaxError", e.msg)
    try:
        compile(ast.parse(s), "f", "exec", ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        print("  ast compiles")
    except SyntaxError as e:
        print("  ast SyntaxError", e.msg)
    except Exception as e:
        print("  ", type(e).__name__, e)
