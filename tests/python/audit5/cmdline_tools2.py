# Stdlib command-line tools through -m: unittest discover, py_compile,
# base64, calendar, ast, tokenize, dis, site and others.
import os, subprocess, sys, tempfile, re

tmp = tempfile.mkdtemp()
exe = sys.executable
def clean(s):
    return s.replace(tmp, "TMP").replace(exe, "EXE").replace(os.path.basename(exe) + " ", "EXE ")
def run(*args, stdin="", env=None, filt=None):
    e = {"PATH": os.environ["PATH"], "LC_ALL": "C.UTF-8", "COLUMNS": "80"}
    e.update(env or {})
    p = subprocess.run([exe, *args], input=stdin, capture_output=True, text=True, env=e, cwd=tmp)
    print("==", [clean(a) for a in args], p.returncode)
    for name, s in (("OUT", p.stdout), ("ERR", p.stderr)):
        s = clean(s)
        if filt and s:
            s = filt(s)
        if "UserWarning: The test results are likely unreliable" in s:
            continue
        if s:
            print(name + ":", s, end="" if s.endswith("\n") else "\n")

os.makedirs(os.path.join(tmp, "tests", "sub"))
with open(os.path.join(tmp, "tests", "test_one.py"), "w") as f:
    f.write("import unittest\nclass T(unittest.TestCase):\n    def test_ok(self): self.assertEqual(1, 1)\n    def test_fail(self): self.assertEqual([1, 2], [1, 3])\n    @unittest.skip('why')\n    def test_skip(self): pass\n    def test_err(self): raise KeyError('k')\n    @unittest.expectedFailure\n    def test_xf(self): self.fail('x')\n")
with open(os.path.join(tmp, "tests", "sub", "__init__.py"), "w") as f:
    f.write("")
with open(os.path.join(tmp, "tests", "sub", "test_two.py"), "w") as f:
    f.write("import unittest\nclass U(unittest.TestCase):\n    def test_a(self):\n        with self.subTest(i=1):\n            self.assertTrue(False)\n    def test_b(self): self.assertIn('a', 'abc')\n")
tfilt = lambda s: re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in Ts", s)
run("-m", "unittest", "discover", "-s", "tests", "-v", filt=tfilt)
run("-m", "unittest", "discover", "tests", filt=tfilt)
run("-m", "unittest", "discover", "-s", "tests", "-p", "test_two*", "-q", filt=tfilt)
run("-m", "unittest", "-k", "ok", "discover", "-s", "tests", filt=lambda s: s.strip().splitlines()[-1] + "\n")
run("-m", "unittest", "discover", "-s", "nosuchdir", filt=lambda s: s.strip().splitlines()[-1] + "\n")

with open(os.path.join(tmp, "comp.py"), "w") as f:
    f.write("x = 1\n")
with open(os.path.join(tmp, "bad.py"), "w") as f:
    f.write("x = (\n")
run("-m", "py_compile", "comp.py")
print(sorted(os.listdir(os.path.join(tmp, "__pycache__")))[0].split(".")[0])
run("-m", "py_compile", "bad.py")
run("-m", "base64", "-e", stdin="hello")
run("-m", "calendar", "2024", "2")
run("-m", "this", filt=lambda s: s.splitlines()[0] + "\n")
run("-m", "uu")
run("-m", "platform", filt=lambda s: "ok\n" if s else "")
run("-m", "string")
run("-m", "json")
run("-m", "ast", "-m", "eval", stdin="1 + x")
run("-m", "tokenize", stdin="x = 1\n")
run("-m", "dis", stdin="x = 1\n", filt=lambda s: "dis ok\n" if "LOAD_CONST" in s else s)
run("-m", "pprint", filt=lambda s: "")
run("-m", "site", "--user-base", env={"HOME": "/nonexistent"})
run("-m", "site", "--user-site", env={"HOME": "/nonexistent"})
run("-m", "sysconfig", filt=lambda s: s.splitlines()[0] + "\n")
