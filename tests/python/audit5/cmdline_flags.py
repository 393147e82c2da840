# The command line's flags: -V, -q, -B, -E, -I, -P, -S, -s, -X options, -u,
# PYTHON* variables, -b, and usage errors.
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

run("-V")
run("--version")
run("-q", "-c", "print('q')")
run("-B", "-c", "import sys; print(sys.dont_write_bytecode)")
run("-c", "import sys; print(sys.dont_write_bytecode)", env={"PYTHONDONTWRITEBYTECODE": "1"})
run("-E", "-c", "import sys; print(sys.flags.ignore_environment, sys.dont_write_bytecode)", env={"PYTHONDONTWRITEBYTECODE": "1"})
run("-I", "-c", "import sys; print(sys.flags.isolated, sys.flags.no_user_site, sys.flags.ignore_environment, sys.flags.safe_path, sys.path[0] != '')")
run("-P", "-c", "import sys; print(sys.flags.safe_path, sys.path[0] != '')")
run("-c", "import sys; print(sys.flags.safe_path)", env={"PYTHONSAFEPATH": "1"})
run("-S", "-c", "import sys; print(sys.flags.no_site, 'site' in sys.modules)")
run("-s", "-c", "import sys, site; print(sys.flags.no_user_site, site.ENABLE_USER_SITE)")
run("-c", "import site; print(site.ENABLE_USER_SITE)")
run("-X", "foo=bar", "-X", "baz", "-c", "import sys; print(sys._xoptions)")
run("-X", "utf8", "-c", "import sys; print(sys.flags.utf8_mode)")
run("-X", "dev", "-c", "import sys; print(sys.flags.dev_mode)")
run("-X", "int_max_str_digits=1000", "-c", "import sys; print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)")
run("-c", "import sys; print(sys.get_int_max_str_digits())", env={"PYTHONINTMAXSTRDIGITS": "5000"})
run("-X", "int_max_str_digits=5", "-c", "pass")
run("-X", "importtime", "-c", "pass", show_err=False)
run("-u", "-c", "import sys; print(sys.stdout.line_buffering, sys.stdout.buffer.__class__.__name__, sys.stdout.write_through)")
run("-c", "import sys; print(sys.stdout.write_through)", env={"PYTHONUNBUFFERED": "1"})
run("-c", "import sys; print(sys.stdout.encoding, sys.stdout.errors, sys.stdin.encoding, sys.stderr.errors)")
run("-c", "import sys; print(sys.stdout.encoding, sys.stdout.errors); print('\\xe9\\u20ac')", env={"PYTHONIOENCODING": "latin-1:replace"})
run("-c", "import sys; print(sys.stdout.encoding, sys.stdout.errors)", env={"PYTHONIOENCODING": ":strict"})
run("-c", "import sys; print(sys.flags.hash_randomization, hash('a') == hash('a'))", env={"PYTHONHASHSEED": "0"})
run("-c", "print(hash('abc'), hash(b'abc'))", env={"PYTHONHASHSEED": "123"})
run("-c", "import sys, os; print(sys.path[1:2] == [os.path.abspath('extra')] or sys.path[1:3])", env={"PYTHONPATH": "extra"})
run("-c", "import sys; print(sys.flags.verbose, sys.flags.quiet, sys.flags.inspect, sys.flags.interactive, sys.flags.debug, sys.flags.bytes_warning)")
run("-b", "-c", "import sys; print(sys.flags.bytes_warning); b'' == ''")
run("-bb", "-c", "import sys; print(sys.flags.bytes_warning); b'' == ''")
run("-Z")
run("-X")
run("--nosuch")
run("-W")
run("-c", "import sys; print(sys.orig_argv[1:])", "arg")
run("-c", "import sys; print(sys.executable == sys.orig_argv[0] or sys.executable)")
