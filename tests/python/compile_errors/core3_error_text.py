for s in ["1 +", "x = (1,", "def f(:\n  pass", "a b", "for x in 1:\nbreak2 = ", "f(x for x in y, 1)", "x = 1\n  y = 2", "if x:\npass", "'abc", "'''abc", "x = $", "return 1", "del f()", "nonlocal x", "print 'x'", "f(**x, *y)", "1 = 2", "a\\\n b c"]:
    for mode in ['exec', 'eval']:
        try:
            compile(s, '<t>', mode)
        except SyntaxError as e:
            print(repr(s), mode, type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
