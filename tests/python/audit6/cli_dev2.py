import pickle
import _cli
from _cli import *  # tmp, exe, run(), w()
_cli.trim_tracebacks = False
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
