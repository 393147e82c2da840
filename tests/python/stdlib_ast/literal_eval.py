import ast
for s in ["1", "-1", "+1.5", "1+2j", "-1-2j", "'a' 'b'", "b'x'", "(1, [2, {3: 4}], {5})", "set()", "None", "True",
          "  7", "[...]" , "{'a': (1, 2)}", "0x10", "1_000", "10**2", "a", "f(x)", "{**a}", "[*a]", "1 + 'a'",
          "-'x'", "~1", "(1).real", "x[0]", "'\\u00e9'", "1e400", "--1"]:
    try:
        print(repr(s), "->", repr(ast.literal_eval(s)))
    except (ValueError, TypeError, SyntaxError) as e:
        print(repr(s), "->", type(e).__name__, str(e).split(" object at")[0])
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(5)))
