import os, subprocess, sys, tempfile, re, shutil, pickle
tmp = tempfile.mkdtemp()
exe = sys.executable
def clean(s):
    s = s.replace(tmp, "TMP").replace(exe, "EXE")
    s = re.sub(r"/\S*/lib/python3\.11/", "LIB/", s)
    return s
def run(*args, stdin="", filt=None):
    e = {"PATH": os.environ["PATH"], "LC_ALL": "C.UTF-8", "COLUMNS": "80"}
    p = subprocess.run([exe, *args], input=stdin, capture_output=True, text=True, env=e, cwd=tmp)
    print("==", [clean(a) for a in args], p.returncode)
    for name, s in (("OUT", p.stdout), ("ERR", p.stderr)):
        s = clean(s)
        if filt and s:
            s = filt(s)
        if s:
            print(name + ":", s, end="" if s.endswith("\n") else "\n")
def w(name, text):
    path = os.path.join(tmp, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
w("mod_doc.py", "def f(x):\n    return x * 2\n")
w("traced.py", "def f(n):\n    return sum(range(n))\nfor i in range(3):\n    f(i)\nprint('traced done')\n")
run("-m", "trace", "--count", "-C", "cov", "--missing", "traced.py")
print(sorted(os.listdir(os.path.join(tmp, "cov"))) if os.path.isdir(os.path.join(tmp, "cov")) else "no cov")
print(open(os.path.join(tmp, "cov", "traced.cover")).read() if os.path.exists(os.path.join(tmp, "cov", "traced.cover")) else "")
run("-m", "trace", "--trace", "traced.py", filt=lambda s: "\n".join(l for l in s.splitlines() if "traced.py" in l or "done" in l) + "\n")
run("-m", "trace", "--listfuncs", "traced.py", filt=lambda s: "\n".join(l for l in s.splitlines() if "traced" in l) + "\n")
run("-m", "pyclbr", "mod_doc")
w("tests/test_t.py", "import unittest\nclass T(unittest.TestCase):\n    def test_ok(self): pass\n    def test_bad(self): self.assertEqual(1, 2)\n")
run("-m", "unittest", "tests/test_t.py", filt=lambda s: re.sub(r"in [0-9.]+s", "in Xs", s))
run("-m", "unittest", "tests.test_t.T.test_ok", filt=lambda s: re.sub(r"in [0-9.]+s", "in Xs", s))
run("-m", "unittest", "tests.test_t.T.test_nope", filt=lambda s: s.splitlines()[-1] + "\n")
shutil.rmtree(tmp)
