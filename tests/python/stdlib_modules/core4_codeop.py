# compile() with PyCF_ALLOW_INCOMPLETE_INPUT, codeop.compile_command and
# code.InteractiveConsole: incomplete input asks for more lines.
import code
import codeop
import io
import sys

for src in ["if x:", "if x:\n", "(1,", "[1, 2", 'x = """abc', "def f(:", "x = \\", "if x:\n  pass\nelse:",
            "class A:\n  def f(self):", "x = 1", "if x:\n  # c\n", "1 +* 2", "for i in y:\n  pass\n", "@dec",
            "def x():\n  pass\n ", "a = 'a\\", "def x():\n\npass\n"]:
    try:
        r = codeop.compile_command(src)
        print(repr(src), "->", "None" if r is None else "code")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg)
    try:
        compile(src + "\n", "<i>", "single", 0x200 | 0x4000)
        print("   compile ok")
    except SyntaxError as e:
        print("   compile", type(e).__name__, e.msg)

out = io.StringIO()
console = code.InteractiveConsole()
old, sys.stdout = sys.stdout, out
try:
    for line in ["def f(x):", "    return x * 2", "", "print(f(21))", "for i in range(2):", "    print(i)", ""]:
        more = console.push(line)
        old.write("%r more=%s\n" % (line, more))
finally:
    sys.stdout = old
print(out.getvalue())
for src in ["", "\n", "(", "(9+", "9+ \\", "lambda z: \\", "3**3", "\n\na**3", "]", "())", "a = 1"]:
    try:
        r = codeop.compile_command(src, symbol="eval")
        print("eval", repr(src), "->", "None" if r is None else "code")
    except SyntaxError as e:
        print("eval", repr(src), "->", type(e).__name__, e.msg)
