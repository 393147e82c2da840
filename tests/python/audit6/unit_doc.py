import unittest, doctest, io, sys, textwrap

class Calc:
    """A tiny calculator.

    >>> Calc().add(2, 3)
    5
    >>> Calc().div(1, 0)
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> Calc().add('a', 1)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    TypeError: can only concatenate str (not "int") to str
    >>> [Calc().add(i, i) for i in range(12)]  # doctest: +NORMALIZE_WHITESPACE
    [0, 2, 4, 6, 8, 10,
     12, 14, 16, 18, 20, 22]
    >>> Calc().add(1, 1)
    3
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    """
    def add(self, a, b):
        return a + b
    def div(self, a, b):
        return a / b

class TestCalc(unittest.TestCase):
    def setUp(self):
        self.c = Calc()
    def test_add(self):
        self.assertEqual(self.c.add(1, 2), 3)
    def test_fail_eq(self):
        self.assertEqual(self.c.add(1, 2), 4)
    def test_fail_list(self):
        self.assertEqual([1, 2, 3, 4], [1, 2, 5, 4])
    def test_fail_dict(self):
        self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})
    def test_fail_str(self):
        self.assertEqual("hello\nworld\n", "hello\nthere\n")
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            self.c.div(1, 0)
        self.assertIn("division", str(cm.exception))
    def test_raises_regex_fail(self):
        with self.assertRaisesRegex(ValueError, "nope"):
            int("x")
    def test_error(self):
        {}["missing"]
    @unittest.skip("not today")
    def test_skip(self):
        pass
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)
    @unittest.expectedFailure
    def test_xpass(self):
        pass
    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)
    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertAlmostEqual(1.0, 1.1, places=3)
    def test_is_none(self):
        self.assertIsNone(0, "custom msg")
    def test_count_equal(self):
        self.assertCountEqual([1, 2, 2], [2, 1, 1])
    def test_warns(self):
        import warnings
        with self.assertWarns(DeprecationWarning):
            warnings.warn("old", DeprecationWarning)
    def test_logs(self):
        import logging
        with self.assertLogs("x", level="INFO") as lc:
            logging.getLogger("x").info("hello %s", "there")
        self.assertEqual(lc.output, ["INFO:x:hello there"])
    def test_multiline_long(self):
        self.assertEqual(list(range(30)), list(range(29)))
    def test_set(self):
        self.assertSetEqual({1, 2}, {2, 3})
    def test_greater(self):
        self.assertGreater(1, 2)
    def test_isinstance(self):
        self.assertIsInstance("x", int)
    def test_in(self):
        self.assertIn(5, [1, 2])

class TestFixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")
    @classmethod
    def tearDownClass(cls):
        print("tearDownClass")
    def tearDown(self):
        print("tearDown", self._testMethodName)
    def test_cleanup(self):
        self.addCleanup(print, "cleanup ran")
        self.assertTrue(True)

def strip_times(s):
    import re
    return re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in Xs", s).replace(__file__, "FILE")

stream = io.StringIO()
suite = unittest.TestSuite()
loader = unittest.TestLoader()
suite.addTests(loader.loadTestsFromTestCase(TestCalc))
suite.addTests(loader.loadTestsFromTestCase(TestFixtures))
res = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(strip_times(stream.getvalue()))
print(res.testsRun, len(res.failures), len(res.errors), len(res.skipped), len(res.expectedFailures), len(res.unexpectedSuccesses), res.wasSuccessful())
out = io.StringIO()
r = doctest.DocTestRunner(verbose=False)
for test in doctest.DocTestFinder().find(Calc, "Calc", globs={"Calc": Calc}):
    r.run(test, out=out.write)
print(out.getvalue().replace(__file__, "FILE"))
print(r.summarize(verbose=False))
print(doctest.testmod(verbose=False, report=False).__class__.__name__)
def sq(x):
    """
    >>> sq(3)
    9
    >>> sq(-2)
    4
    """
    return x * x
r2 = doctest.run_docstring_examples(sq, {"sq": sq}, verbose=True)
p = doctest.DocTestParser()
ex = p.get_examples(">>> 1 + 1\n2\n>>> x = 5\n>>> x\n5\n")
print([(e.source, e.want, e.lineno) for e in ex])
print(doctest.script_from_examples(">>> print(1)\n1\nsome text\n"))
class QuietRunner(unittest.TextTestRunner):
    def __init__(self, **kw):
        kw["stream"] = io.StringIO()
        super().__init__(**kw)
    def run(self, test):
        r = super().run(test)
        print(strip_times(self.stream.stream.getvalue()))
        return r
unittest.main(argv=["prog", "TestCalc.test_add", "TestCalc.test_fail_eq"], exit=False, verbosity=0, testRunner=QuietRunner)
unittest.main(argv=["prog", "TestCalc.test_add"], verbosity=1, testRunner=QuietRunner)
