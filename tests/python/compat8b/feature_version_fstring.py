import ast
for src in ['f"{x=}"', 'f"{(x:=1)}"', 'f"{x!r:>{w=}}"', 'f"{a@b}"', 'f"{1_000}"', 'f"{await x}"', 'f"{ {x=} }"']:
    for v in (4, 5, 6, 7, 8, 11):
        try:
            t = ast.parse(src, feature_version=(3, v))
            print(v, ast.dump(t)[:200])
        except SyntaxError as e:
            print(v, "SyntaxError", e.msg, e.lineno, e.offset)
print(eval(compile('f"{1 <> 2}"', 's', 'eval', 0x400000)))
try:
    compile('f"{1 != 2}"', 's', 'eval', 0x400000)
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
