import unittest, unittest.mock as mock, doctest, io, sys, subprocess, signal, os, time, locale, gettext, multiprocessing, cProfile, pstats, timeit
class Svc:
    def fetch(self, url): raise NotImplementedError
    def run(self): return self.fetch("http://x").upper()
class T(unittest.TestCase):
    def setUp(self): self.s = Svc()
    def test_mock(self):
        with mock.patch.object(Svc, "fetch", return_value="ok") as m:
            self.assertEqual(self.s.run(), "OK"); m.assert_called_once_with("http://x")
    def test_fail_dict(self): self.assertDictEqual({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3]})
    def test_fail_multi(self): self.assertMultiLineEqual("a\nb\nc\n", "a\nB\nc\n")
    def test_raises(self):
        with self.assertRaisesRegex(ValueError, "bad \\d"): int("x")
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i): self.assertLess(i, 2)
    def test_almost(self): self.assertAlmostEqual(1.0, 1.1, places=3, msg="custom")
    def test_in(self): self.assertIn("z", ["a", "b"])
    def test_is(self): self.assertIsNone(0)
    def test_count(self): self.assertCountEqual([1, 2, 2], [2, 1, 1])
    def test_seq(self): self.assertListEqual([1, 2, 3], [1, 2, 4, 5])
    @unittest.skipIf(True, "skipped reason")
    def test_skip(self): pass
    def test_error(self): {}["missing"]
    def test_warns(self):
        with self.assertWarns(DeprecationWarning): pass
m = mock.MagicMock(name="m"); m.a.b(1, k=2); m.return_value = 5
print(m(), m.a.b.call_args, m.mock_calls, repr(m.a)[:20], len(m), mock.call(1) == mock.call(1))
sm = mock.Mock(spec=Svc)
try: sm.nothing
except AttributeError as e: print(e)
try: m.a.b.assert_called_with(2)
except AssertionError as e: print(str(e).splitlines()[:2])
s = io.StringIO()
r = unittest.TextTestRunner(stream=s, verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
import re
print(re.sub(r"\d+\.\d+s", "Xs", s.getvalue()).replace(__file__, "F"))
print(r.wasSuccessful(), len(r.failures), len(r.errors), len(r.skipped), r.testsRun)
def sq(x):
    """
    >>> sq(3)
    9
    >>> sq(-2)
    5
    >>> [sq(i) for i in range(3)]
    [0, 1, 4]
    >>> sq('a')
    Traceback (most recent call last):
    ...
    TypeError: can't multiply sequence by non-int of type 'str'
    """
    return x * x
out = io.StringIO(); old = sys.stdout; sys.stdout = out
res = doctest.run_docstring_examples(sq, {"sq": sq}, name="sq")
sys.stdout = old
print(out.getvalue().replace(__file__, "F"))
print(doctest.testmod(verbose=False, report=False))
