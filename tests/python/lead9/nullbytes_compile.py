# Source text with a NUL character: compile/exec/eval/ast.parse all refuse
# it with a SyntaxError without a location line in the traceback.
import ast
import symtable
import subprocess
import sys

for src in ("a\0", b"x = 1\0", "\0"):
    for name, f in (("compile", lambda s: compile(s, "f", "exec")), ("eval", eval),
                    ("exec", exec), ("ast.parse", ast.parse),
                    ("symtable", lambda s: symtable.symtable(s, "f", "exec"))):
        try:
            f(src)
        except SyntaxError as e:
            print(name, type(e).__name__, e, e.filename, e.lineno, e.offset, repr(e))

# A SyntaxError without lineno prints no "File" line; with one, it does.
for code in ('raise SyntaxError("x")', 'raise SyntaxError("x", ("f.py", None, None, None))',
             'raise SyntaxError("x", ("f.py", 0, None, None))',
             'raise SyntaxError("x", (None, 3, 2, "abc"))', 'compile("1\\0", "f", "exec")'):
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    print(r.returncode, r.stderr.splitlines()[1:])
