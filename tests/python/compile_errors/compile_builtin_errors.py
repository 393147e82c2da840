for src, mode in [('nonlocal x', 'exec'), ('def f():\n    x = 1\n    global x', 'exec'), ('return', 'exec'), ('break', 'exec'), ('a = 1', 'eval'), ('1 +', 'eval'), ('def f(a, a): pass', 'exec'), ('f(x for x in y, 1)', 'eval'), ('x = yield', 'exec'), ("f'{'", 'eval'), ('del f()', 'exec'), ('(a, b) += 1', 'exec'), ('None = 1', 'exec'), ('lambda: (yield)', 'eval')]:
    try:
        compile(src, '<case>', mode)
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), '|', e.msg, '|', e.lineno, e.offset)
