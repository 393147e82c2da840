import warnings
srcs = ['x = "\\d"', 'x = 1\ny = b"\\d"', 'x = f"\\d{1}"', 'x = f"{1}\\d"', "x = 0xfor x", "assert(x, 'msg')", "x is 1", "[(1,2) (3,4)]", "x = '''\n\\d'''", "x = 1 if 1else 2", "def f():\n  return (1)(2)", "x = '\\8'", "x = rb'\\d' + '\\{'", "x[1:2][3](4) is ()", "x = f'{x!r:\\d}'", "'a' '\\d'"]
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
