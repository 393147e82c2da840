# unittest runs a suite: failures with their diff, errors with tracebacks
# trimmed of unittest's own frames (tb_next assignment), skips, expected
# failures, subtests; the summary goes to a stream we print without timings.
import io
import re
import unittest


class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])

    def test_error(self):
        {}["missing"]

    @unittest.skip("why")
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_raises(self):
        with self.assertRaisesRegex(ValueError, "bad"):
            raise ValueError("bad value")


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
text = re.sub(r"in \d+\.\d+s", "in Xs", stream.getvalue())
text = text.replace(__file__, "FILE")
print(text)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), result.wasSuccessful())
