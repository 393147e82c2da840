import sys, io
cases = [("bad.py", 1, 2, "abcdefg", 1, 7), ("bad.py", 1, 2, "abcdefg", 1, 3), ("bad.py", 1, 2, "abcdefg", 1, -2), ("bad.py", 1, 4, "abcdefg", 1, 2),
         ("bad.py", 1, -4, "abcdefg", 1, -2), ("bad.py", 1, -4, "abcdefg", 1, -5), ("bad.py", 1, 0, "abcdefg", 1, 0), ("bad.py", 1, 0, "abcdefg", 1, 5),
         ("bad.py", 1, 2, "abcdefg", 1, 100), (None, 3, None, None), ("f.py", 2, 3, "  x = (1,\n", 3, 1), ("f.py", 1, 1, None)]
for args in cases:
    try:
        raise SyntaxError("bad bad", args)
    except SyntaxError as exc:
        old = sys.stderr
        sys.stderr = io.StringIO()
        sys.__excepthook__(*sys.exc_info())
        out = sys.stderr.getvalue()
        sys.stderr = old
        print(out[out.index("\n", out.index("raise SyntaxError")) + 1:], end="")
for cls in (IndentationError, TabError):
    try:
        raise cls("ind", ("g.py", 4, 3, "   pass\n", 4, 6))
    except SyntaxError as exc:
        old = sys.stderr
        sys.stderr = io.StringIO()
        sys.__excepthook__(*sys.exc_info())
        out = sys.stderr.getvalue()
        sys.stderr = old
        print(out.split("\n", 3)[-1], end="")
try:
    compile("x = (", "<c>", "exec")
except SyntaxError as exc:
    old = sys.stderr
    sys.stderr = io.StringIO()
    sys.__excepthook__(*sys.exc_info())
    out = sys.stderr.getvalue()
    sys.stderr = old
    print(out[out.index('File "<c>"') - 2:], end="")
e = SyntaxError("x")
print(e.print_file_and_line)
e.print_file_and_line = 3
print(e.print_file_and_line)
for a in [('bad.py', 1, 2), ('bad.py', 1, 2, 4, 5, 6, 7), ('bad.py', 1, 2, 'abcdefg', 1), 5]:
    try:
        SyntaxError('bad', a)
    except TypeError as e:
        print(e)
