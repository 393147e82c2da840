# Standard streams from a subprocess's view: newline translation on stdin,
# binary and text access, input() prompts, encodings, reprs, reassigning
# and deleting sys.stdout.
import subprocess, sys
def run(code, data, *opts):
    p = subprocess.run([sys.executable, *opts, "-c", code], input=data, capture_output=True)
    print(p.returncode, p.stdout, p.stderr.splitlines()[-1:])
run("import sys; print(repr(sys.stdin.read()))", b"a\r\nb\rc\n")
run("import sys; print([l for l in sys.stdin])", b"a\r\nb\rc")
run("import sys; print(sys.stdin.buffer.read())", b"a\r\nb\xff")
run("import sys; print(repr(sys.stdin.read()))", b"a\xffb")
run("x = input('p1> '); y = input('p2> '); print(x, y)", b"one\ntwo\n")
run("x = input('p> ')", b"")
run("import sys; print(sys.stdin.readline(), sys.stdin.readline(), repr(sys.stdin.readline()))", b"l1\nl2")
run("import sys; sys.stdout.buffer.write(b'raw\\xff\\n'); print('text')", b"")
run("import sys; print('\\udcff')", b"")
run("import sys; print('\\xe9\\u20ac', file=sys.stderr)", b"")
run("import sys; sys.stdout.reconfigure(encoding='latin-1', errors='replace'); print('\\xe9\\u20ac')", b"")
run("import sys; print(sys.stdout.line_buffering, sys.stderr.line_buffering, sys.stdin.line_buffering, sys.stdout.buffer.raw.name if hasattr(sys.stdout.buffer, 'raw') else '-', sys.stdout.name, sys.stdin.mode, sys.stderr.mode)", b"")
run("import sys; print(repr(sys.stdout), repr(sys.stdin), repr(sys.stderr), repr(sys.stdout.buffer))", b"")
run("import sys; print(sys.stdin.fileno(), sys.stdout.fileno(), sys.stdout.writable(), sys.stdin.readable(), sys.stdout.seekable())", b"")
run("import sys, io; sys.stdout = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-16-le'); print('hi')", b"")
run("import os; os.write(1, b'direct\\n'); print('after')", b"")
run("print('a', end=''); import os; os._exit(3)", b"")
run("import sys; print('a', end=''); sys.stdout.flush(); import os; os._exit(0)", b"")
run("import sys; sys.stdin.close(); input()", b"x\n")
run("import sys; sys.stdout = None; print('x'); print('y', file=sys.stderr)", b"")
run("import sys; del sys.stdout; print('x')", b"")
