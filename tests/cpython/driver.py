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
#
# KRAIT_TEST_SUITE=DIR (set by the runner for the oracle) makes DIR the `test` package, so
# that CPython runs the very test files Krait ran (its own Lib/test may be another 3.11.x).
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

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.causes = []
            self.skips = []

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


def use_test_package(suite):
    """Imports the package `test` from the directory suite, in place of the
    interpreter's own. The variable is removed so that subprocesses and tests
    reading os.environ do not see it."""
    import os
    import importlib.util
    del os.environ["KRAIT_TEST_SUITE"]
    spec = importlib.util.spec_from_file_location(
        "test", os.path.join(suite, "__init__.py"), submodule_search_locations=[suite])
    module = importlib.util.module_from_spec(spec)
    sys.modules["test"] = module
    spec.loader.exec_module(module)


def set_unicode_guard():
    """Puts a non-ASCII value in the environment, as regrtest's setup_tests
    does so that every test sees one (bpo-44647; test_regrtest checks it)."""
    import os
    try:
        from test.support.os_helper import TESTFN_UNDECODABLE, FS_NONASCII
    except BaseException:
        return
    if TESTFN_UNDECODABLE and os.supports_bytes_environ:
        os.environb.setdefault(b"PYTHONREGRTEST_UNICODE_GUARD", TESTFN_UNDECODABLE)
    elif FS_NONASCII:
        os.environ.setdefault("PYTHONREGRTEST_UNICODE_GUARD", FS_NONASCII)


def use_all_resources():
    """Enables the resources of regrtest's `-u all` (cmdline.ALL_RESOURCES),
    as the full runs of CPython's own CI do. Under plain unittest every
    resource counts as enabled, including the two regrtest leaves out of
    `all`: extralargefile (test_zipfile64 then writes 24 GiB, half an hour
    on CPython) and tzdata (test_datetime over every zone)."""
    try:
        from test import support
    except BaseException:
        return
    support.use_resources = ["audio", "curses", "largefile", "network", "decimal",
                             "cpu", "subprocess", "urlfetch", "gui"]


def vsock_loopback_missing():
    """Reports whether this machine has /dev/vsock but no loopback transport:
    a connect to the machine's own context id then fails with ENODEV, and
    test_socket's ThreadedVSOCKSocketStreamTest (which runs whenever the
    device answers) blocks forever in accept, on CPython as on Krait."""
    import errno
    import socket
    try:
        import fcntl
        import struct
        with open("/dev/vsock", "rb") as f:
            cid = struct.unpack("I", fcntl.ioctl(f, socket.IOCTL_VM_SOCKETS_GET_LOCAL_CID, "    "))[0]
        s = socket.socket(socket.AF_VSOCK, socket.SOCK_STREAM)
    except (ImportError, AttributeError, OSError):
        return False
    try:
        s.settimeout(5)
        s.connect((cid, 1))
    except OSError as e:
        return e.errno == errno.ENODEV
    finally:
        s.close()
    return False


def skip_machine_hangs(unittest, module):
    """Marks as skipped, for Krait and the oracle alike, the tests that hang
    on this machine whatever the interpreter."""
    if module.__name__ == "test.test_socket" and vsock_loopback_missing():
        cls = module.ThreadedVSOCKSocketStreamTest
        reason = "AF_VSOCK has no loopback transport here (ENODEV): accept would wait forever"
        module.ThreadedVSOCKSocketStreamTest = unittest.skip(reason)(cls)


# Tests of the suite (Debian's 3.11, with security fixes backported) that hang
# on an oracle whose own stdlib predates the fix they check: (module, class,
# method, first fixed version, reason). Only the oracle skips them (Krait runs
# the suite's own stdlib); an oracle skip Krait does not share is no fault.
ORACLE_TOO_OLD = [
    ("test.test_zipfile", "EncodedMetadataTests", "test_malformed_paths", (3, 11, 10),
     "zipfile.Path loops forever on '//' and '../' names before 3.11.10 (CVE-2024-8088)"),
]


def skip_oracle_too_old(unittest, module):
    """Marks as skipped the ORACLE_TOO_OLD tests, when this interpreter is the
    oracle (the runner gives it KRAIT_TEST_SUITE) and older than their fix."""
    if not ORACLE_IS_RUNNING:
        return
    for mod, cls_name, meth, fixed, reason in ORACLE_TOO_OLD:
        cls = getattr(module, cls_name, None)
        if module.__name__ == mod and hasattr(cls, meth) and sys.version_info[:3] < fixed:
            setattr(cls, meth, unittest.skip(reason)(getattr(cls, meth)))


ORACLE_IS_RUNNING = False


def main():
    name, out_path = sys.argv[1], sys.argv[2]
    import os
    if os.environ.get("KRAIT_TEST_SUITE"):
        global ORACLE_IS_RUNNING
        ORACLE_IS_RUNNING = True
        use_test_package(os.environ["KRAIT_TEST_SUITE"])
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
    set_unicode_guard()
    use_all_resources()
    try:
        module = importlib.import_module(name)
        skip_machine_hangs(unittest, module)
        skip_oracle_too_old(unittest, module)
        if hasattr(module, "test_main") and not hasattr(module, "load_tests"):
            emit("load", "ok")
            return run_test_main(unittest, module, emit)
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
    emit_results(emit, [result])
    return 0


def run_test_main(unittest, module, emit):
    """Runs a module's test_main() as regrtest does (test_xml_etree sets up its
    globals there), collecting the results of every suite it runs through
    test.support."""
    from test import support
    results = []

    def get_test_runner(stream, verbosity, capture_output=False):
        runner = unittest.TextTestRunner(stream=sys.stderr, verbosity=2,
                                         resultclass=make_result_class(unittest))
        run = runner.run

        def run_and_keep(suite):
            result = run(suite)
            results.append(result)
            return result
        runner.run = run_and_keep
        return runner

    support.get_test_runner = get_test_runner
    try:
        module.test_main()
    except (support.TestFailed, support.TestDidNotRun):
        pass
    except BaseException as e:
        emit("runerror", exc_summary(e))
        return 3
    emit_results(emit, results)
    return 0


def emit_results(emit, results):
    counts = [0] * 6
    for result in results:
        emit_one(emit, result)
        for i, n in enumerate((result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
                               len(result.expectedFailures), len(result.unexpectedSuccesses))):
            counts[i] += n
    emit("counts", *counts)


def emit_one(emit, result):
    for kind, test, cause in result.causes:
        emit("fail", kind, test_id(test), cause)
    for test, reason in result.skips:
        emit("skip", test_id(test), reason)
    for test in result.unexpectedSuccesses:
        emit("fail", "U", test_id(test), "unexpected success")


if __name__ == "__main__":
    sys.exit(main())
