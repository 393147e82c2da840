import warnings
srcs = ["x is -1", "x is not (1, 2)", "x is None is ...", "1 is x", "x is []", "x == 1 is y", "if x is 'a' is b: pass", "x is ()",
        "{1}[0]", "(x for x in y)[0]", "(lambda: 1)[0]", "None[1]", "1.5[0]", "[1, 2]['a']", "'abc'[1.5]", "(1, 2)[x]", "[1][f'x']", "'a'['b']", "b'a'[None]", "x[1]",
        "{}()", "[1]()", "{1: 2}()", "f'x'()", "'a'()", "None()", "...()", "(1, 2)(3)", "x.y()", "(x for x in y)()", "[x for x in y]()",
        "assert ()", "assert (1,)", "assert (x, y), 'm'", "def f():\n    assert (a, b)", "lambda: x is 1", "class A:\n    y = x is 1",
        "x = [i for i in y if i is 1]", "del x[1]", "x[1] = 2", "x[1] += 2"]
for s in srcs:
    for act in ['always', 'error']:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter(act)
            try:
                compile(s, '<t>', 'exec')
            except SyntaxError as e:
                print(act, repr(s), 'SyntaxError', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
            for x in w:
                print(act, repr(s), x.category.__name__, x.message, x.lineno, x.filename)
# -O still warns about asserts
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    compile("assert (1, 2)", "<o>", "exec", optimize=1)
    print([str(x.message) for x in w])
# eval and exec of strings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(eval("1 is 1"))
    exec("y = '\\d'")
    print([(x.category.__name__, str(x.message), x.filename) for x in w])
