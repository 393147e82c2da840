# This file runs one module of CPython's test suite under unittest and writes a summary.
#
# Usage: krait driver.py test.test_xxx RESULT_FILE
#
# The summary goes to RESULT_FILE (not stdout, which tests may capture or replace):
#   load<TAB>ok | load<TAB>error<TAB>ExcType: message | load<TAB>skip<TAB>reason
#   fail<TAB>kind<TAB>test id<TAB>ExcType: message    one line per failure (F), error (E), unexpected success (U)
#   skip<TAB>test id<TAB>reason                       one line per skipped test
#   counts<TAB>run<TAB>failures<TAB>errors<TAB>skipped<TAB>expected failures<TAB>unexpected successes
# The counts line is written last; its absence means the process died before finishing.
import sys


def first_line(text):
    text = str(text).strip()
    return text.splitlines()[0][:300] if text else ""


def exc_summary(exc):
    name = type(exc).__name__
    msg = first_line(exc)
    return name + ": " + msg if msg else name


def make_result_class(unittest):
    class Result(unittest.TextTestResult):
        """Records each failure's exception summary; survives traceback formatting errors."""

        causes = []

        def _exc_info_to_string(self, err, test):
            try:
                return super()._exc_info_to_string(err, test)
            except BaseException as e:
                return "(traceback unavailable: %s)\n%s" % (exc_summary(e), exc_summary(err[1]))

        def addFailure(self, test, err):
            self.causes.append(("F", test, exc_summary(err[1])))
            super().addFailure(test, err)

        def addError(self, test, err):
            self.causes.append(("E", test, exc_summary(err[1])))
            super().addError(test, err)

        skips = []

        def addSkip(self, test, reason):
            self.skips.append((test, first_line(reason)))
            super().addSkip(test, reason)

        def addSubTest(self, test, subtest, err):
            if err is not None:
                kind = "F" if issubclass(err[0], test.failureException) else "E"
                self.causes.append((kind, subtest, exc_summary(err[1])))
            super().addSubTest(test, subtest, err)

    return Result


def test_id(test):
    try:
        return test.id()
    except BaseException:
        return str(test)


def main():
    name, out_path = sys.argv[1], sys.argv[2]
    out = open(out_path, "w")

    def emit(*fields):
        out.write("\t".join(str(f).replace("\t", " ").replace("\n", " ") for f in fields) + "\n")
        out.flush()

    try:
        import unittest
        import importlib
    except BaseException as e:
        emit("load", "error", "import unittest: " + exc_summary(e))
        return 2
    try:
        module = importlib.import_module(name)
        suite = unittest.defaultTestLoader.loadTestsFromModule(module)
    except unittest.SkipTest as e:
        emit("load", "skip", first_line(e))
        return 0
    except BaseException as e:
        emit("load", "error", exc_summary(e))
        return 2
    emit("load", "ok")
    runner = unittest.TextTestRunner(stream=sys.stderr, verbosity=2,
                                     resultclass=make_result_class(unittest))
    try:
        result = runner.run(suite)
    except BaseException as e:
        emit("runerror", exc_summary(e))
        return 3
    for kind, test, cause in result.causes:
        emit("fail", kind, test_id(test), cause)
    for test, reason in result.skips:
        emit("skip", test_id(test), reason)
    for test in result.unexpectedSuccesses:
        emit("fail", "U", test_id(test), "unexpected success")
    emit("counts", result.testsRun, len(result.failures), len(result.errors),
         len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
