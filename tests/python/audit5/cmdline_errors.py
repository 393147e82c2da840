# Full stderr of failing programs run from the command line: tracebacks,
# syntax errors with carets, KeyboardInterrupt, -W error, PYTHONWARNINGS,
# -X options.
import os, subprocess, sys, tempfile
tmp = os.path.realpath(tempfile.mkdtemp())
exe = sys.executable
def clean(s):
    return s.replace(tmp, "TMP").replace(exe, "EXE").replace(os.path.basename(exe) + ":", "EXE:")
def run(*args, stdin="", env=None, lines=None):
    e = {"PATH": os.environ["PATH"], "LC_ALL": "C.UTF-8"}
    e.update(env or {})
    p = subprocess.run([exe, *args], input=stdin, capture_output=True, text=True, errors="backslashreplace", env=e, cwd=tmp)
    print("==", [clean(a) for a in args], env, p.returncode)
    out, err = clean(p.stdout), clean(p.stderr)
    if lines:
        out, err = "\n".join(out.splitlines()[:lines]), "\n".join(err.splitlines()[:lines])
    if out: print("OUT:", out, end="" if out.endswith("\n") else "\n")
    if err: print("ERR:", err, end="" if err.endswith("\n") else "\n")
def script(name, text):
    with open(os.path.join(tmp, name), "w") as f: f.write(text)
script("tb.py", "def inner(x):\n    return x[5]\n\ndef outer():\n    return inner([1, 2]) + 1\n\nouter()\n")
script("syn.py", "x = 1\nif x\n    pass\n")
script("syn2.py", "print('a' 'b' c)\n")
script("indent.py", "def f():\nreturn 1\n")
script("tabs.py", "if 1:\n\tx = 1\n        y = 2\n")
script("chain.py", "try:\n    1/0\nexcept ZeroDivisionError as e:\n    raise ValueError('second') from e\n")
script("chain2.py", "try:\n    {}['k']\nexcept KeyError:\n    raise RuntimeError('during')\n")
script("group.py", "raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])\n")
script("ki.py", "raise KeyboardInterrupt\n")
script("note.py", "e = ValueError('v')\ne.add_note('a note')\nraise e\n")
script("custom.py", "class MyErr(Exception):\n    def __str__(self): return 'custom str'\nraise MyErr()\n")
script("badstr.py", "class E(Exception):\n    def __str__(self): raise RuntimeError\nraise E()\n")
script("recur.py", "def f(): f()\nf()\n")
script("nul.py", "x = 1\0\n")
script("enc.py", "# -*- coding: latin-1 -*-\nprint('\xe9')\n")
script("badenc.py", "# -*- coding: nosuch -*-\nprint(1)\n")
with open(os.path.join(tmp, "badutf.py"), "wb") as f: f.write(b"print('\xff')\n")
script("warn.py", "import warnings\nwarnings.warn('careful')\nwarnings.warn('dep', DeprecationWarning)\nprint('after')\n")
script("exitmsg.py", "import sys\nsys.exit('fatal: bad thing')\n")
for s in ["tb.py", "syn.py", "syn2.py", "indent.py", "tabs.py", "chain.py", "chain2.py", "group.py", "ki.py", "note.py", "custom.py", "badstr.py", "nul.py", "enc.py", "badenc.py", "badutf.py", "warn.py", "exitmsg.py"]:
    run(s)
