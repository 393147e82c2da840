# The command line: -c, -m, -, stdin, -u, -O/-OO, -B, -V, -h, -E, -I, -S, -s,
# -X, exit statuses and messages for missing scripts and modules.
import os, subprocess, sys, tempfile

tmp = tempfile.mkdtemp()
exe = sys.executable
def clean(s):
    return s.replace(tmp, "TMP").replace(exe, "EXE").replace(os.path.basename(exe), "EXE")
def run(*args, stdin="", env=None, cwd=None, show_err=True):
    e = {"PATH": os.environ["PATH"], "LC_ALL": "C.UTF-8"}
    e.update(env or {})
    p = subprocess.run([exe, *args], input=stdin, capture_output=True, text=True, errors="backslashreplace", env=e, cwd=cwd or tmp)
    print("==", [clean(a) for a in args], p.returncode)
    out = p.stdout
    if args and args[0] in ("-V", "--version"):
        out = out.rsplit(".", 1)[0]
    if out:
        print(clean(out), end="" if out.endswith("\n") else "\n")
    if show_err and p.stderr:
        print("ERR:", clean(p.stderr), end="" if p.stderr.endswith("\n") else "\n")
    return p

with open(os.path.join(tmp, "script.py"), "w") as f:
    f.write("import sys\nprint('argv', [a.replace(%r, 'TMP') for a in sys.argv])\nprint(__name__, __file__.replace(%r, 'TMP'))\nprint(sys.path[0].replace(%r, 'TMP'))\n" % (tmp, tmp, tmp))
os.makedirs(os.path.join(tmp, "app"))
with open(os.path.join(tmp, "app", "__init__.py"), "w") as f:
    f.write("print('app init', __name__)\n")
with open(os.path.join(tmp, "app", "__main__.py"), "w") as f:
    f.write("import sys\nprint('app main', __name__, __package__, __spec__.name, [a.replace(%r, 'TMP') for a in sys.argv])\n" % tmp)
with open(os.path.join(tmp, "app", "tool.py"), "w") as f:
    f.write("import sys\nfrom . import helper\nprint('tool', __name__, __package__, __spec__.name, helper.H, sys.argv[0].replace(%r, 'TMP'), sys.argv[1:])\n" % tmp)
with open(os.path.join(tmp, "app", "helper.py"), "w") as f:
    f.write("H = 'helper'\n")
with open(os.path.join(tmp, "opt.py"), "w") as f:
    f.write('"""moddoc"""\ndef f():\n    "fdoc"\nprint(__debug__, __doc__, f.__doc__)\ntry:\n    assert False, "boom"\n    print("no assert")\nexcept AssertionError as e:\n    print("assert", e)\nimport sys\nprint(sys.flags.optimize)\n')
with open(os.path.join(tmp, "fail.py"), "w") as f:
    f.write("import sys\nprint('out')\nraise ValueError('bad')\n")
with open(os.path.join(tmp, "exits.py"), "w") as f:
    f.write("import sys\nsys.exit(sys.argv[1] if not sys.argv[1].isdigit() else int(sys.argv[1]))\n")

run("script.py", "a", "b c")
run(os.path.join(tmp, "script.py"))
run("-c", "import sys; print(sys.argv, sys.path[0] == '', __name__)", "x", "-y")
run("-m", "app", "q")
run("-m", "app.tool", "--z")
run("-m", "app.helper")
run("-m", "app.nosuch")
run("-m", "nosuchmod")
run("-m", "app.helper.x")
run("-m")
run("-c")
run("nosuchfile.py")
run(tmp)
run("app")
run("-", "a1", stdin="import sys\nprint('stdin', sys.argv, __name__)\n")
run(stdin="print('piped', __name__)\nx = 1\nprint(x + 1)\n")
run("-", stdin="raise SystemExit(3)\n")
run("opt.py")
run("-O", "opt.py")
run("-OO", "opt.py")
run("-OOO", "-c", "import sys; print(sys.flags.optimize)")
run("fail.py")
run("exits.py", "0")
run("exits.py", "7")
run("exits.py", "message")
run("-c", "raise SystemExit(None)")
run("-c", "raise SystemExit((1, 2))")
run("-c", "raise SystemExit(True)")
run("-c", "raise KeyboardInterrupt")
run("-c", "import sys; sys.exit(256)")
run("-c", "import sys; sys.exit(-1)")
run("-c", "import sys; sys.stdout.write('x'); sys.stdout.close()")
run("-c", "def f(:")
run("-c", "1/0")
