# logging configured through dictConfig, filters, queue/memory handlers, {}-style formatting;
# a unittest suite run through TextTestRunner into a buffer (timings masked).
import io, logging, logging.config, logging.handlers, queue, re, sys, unittest

logging.config.dictConfig({
    "version": 1,
    "formatters": {"f": {"format": "[%(levelname)s] %(name)s %(message)s"}},
    "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "f", "stream": "ext://sys.stdout"}},
    "loggers": {"app": {"handlers": ["h"], "level": "DEBUG"}},
})
log = logging.getLogger("app.x")
log.debug("d %d", 1)
log.warning("w")
log.info("%(a)s", {"a": 5})
logging.addLevelName(25, "NOTICE")
log.log(25, "custom level")
try:
    1 / 0
except Exception:
    log.exception("oops")
l = logging.getLogger("a.b.c")
print(l.parent, l.getEffectiveLevel(), logging.getLogger("a.b.c") is l, repr(l), logging.getLevelName(logging.WARN))

q = queue.Queue()
lg = logging.getLogger("q")
lg.addHandler(logging.handlers.QueueHandler(q))
lg.setLevel("INFO")
lg.propagate = False
lg.info("queued %s", 1)
rec = q.get()
print(rec.getMessage(), rec.msg, rec.args, rec.levelname)
mh = logging.handlers.MemoryHandler(10, target=logging.StreamHandler(sys.stdout))
lg.addHandler(mh)
lg.warning("held in memory")
print("before flush")
mh.flush()

class NoSecrets(logging.Filter):
    def filter(self, r):
        return "secret" not in r.getMessage()
lg2 = logging.getLogger("f")
hh = logging.StreamHandler(sys.stdout)
hh.addFilter(NoSecrets())
hh.setFormatter(logging.Formatter("{levelname}:{name}:{message}", style="{"))
lg2.addHandler(hh)
lg2.warning("ok")
lg2.warning("a secret")
r = logging.LogRecord("n", 20, "p", 1, "m %s", ("x",), None)
r.created = 0
r.msecs = 0
print(logging.Formatter("%(asctime)s|%(message)s", datefmt="%Y").format(r)[4:],
      logging.Formatter("$levelname $message", style="$").format(r))
adapter = logging.LoggerAdapter(logging.getLogger("app.adapt"), {"user": "ann"})
adapter.process = lambda msg, kw: (f"[{adapter.extra['user']}] {msg}", kw)
adapter.warning("adapted")

class T(unittest.TestCase):
    def setUp(self):
        self.data = [1, 2, 3]
    def test_ok(self):
        self.assertEqual(sum(self.data), 6)
    def test_fail(self):
        self.assertEqual(self.data, [1, 2, 4])
    def test_dict(self):
        self.assertDictEqual({"a": 1, "b": [1]}, {"a": 2, "b": [1]})
    def test_err(self):
        {}["k"]
    @unittest.skip("not today")
    def test_skip(self):
        pass
    @unittest.expectedFailure
    def test_xf(self):
        self.assertTrue(False)
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_raises(self):
        with self.assertRaisesRegex(ValueError, "invalid literal"):
            int("x")
        self.assertAlmostEqual(1.0, 1.0 + 1e-9)
        self.assertMultiLineEqual("a\nb\n", "a\nc\n")

buf = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
result = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
print(re.sub(r"in \d+\.\d+s", "in Xs", buf.getvalue()))
print(result.wasSuccessful(), result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures))
