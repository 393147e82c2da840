# unittest run as -m unittest (discovery, names, files, -f, --locals) and
# through unittest.main, with failures, errors and setUpClass errors.
import os, subprocess, sys, tempfile, re
tmp = tempfile.mkdtemp(); exe = sys.executable
with open(os.path.join(tmp, "test_a.py"), "w") as f:
    f.write("import unittest\nclass TA(unittest.TestCase):\n    def setUp(self): self.x = 1\n    def test_one(self): self.assertEqual(self.x, 1)\n    def test_two(self): self.assertAlmostEqual(1.0, 1.1)\n    def test_three(self):\n        with self.assertRaises(ValueError): int('5')\n    def test_dict(self): self.assertDictEqual({'a': 1}, {'a': 2})\n    def test_multi(self): self.assertEqual('a\\nb\\nc', 'a\\nB\\nc')\nclass TB(unittest.TestCase):\n    @classmethod\n    def setUpClass(cls): raise RuntimeError('class setup failed')\n    def test_x(self): pass\nif __name__ == '__main__':\n    unittest.main()\n")
def run(*args):
    p = subprocess.run([exe, *args], capture_output=True, text=True, cwd=tmp)
    err = re.sub(r"in \d+\.\d+s", "in Ts", p.stderr).replace(tmp, "TMP")
    err = re.sub(r'File "/[^"]*/unittest/', 'File "UNITTEST/', err)
    print("==", args, p.returncode); print(p.stdout); print(err)
run("-m", "unittest")
run("-m", "unittest", "-v", "test_a.TA.test_one", "test_a.TA.test_two")
run("-m", "unittest", "test_a.py")
run("test_a.py", "-v", "TA.test_multi")
run("-m", "unittest", "test_a.Nope")
run("-m", "unittest", "-f", "test_a")
run("-m", "unittest", "--locals", "test_a.TA.test_dict")
