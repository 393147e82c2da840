# logging in services: hierarchy/propagation, LoggerAdapter, exc_info/stack_info output, filters,
# RotatingFileHandler rollover, fileConfig, custom Formatter (no asctime), levels, lastResort, captureWarnings.
import logging, logging.config, logging.handlers, io, os, tempfile, warnings, re, sys, contextlib

def stream_logger(name, fmt="%(levelname)s:%(name)s:%(message)s"):
    buf = io.StringIO()
    h = logging.StreamHandler(buf)
    h.setFormatter(logging.Formatter(fmt))
    lg = logging.getLogger(name)
    lg.handlers[:] = [h]
    lg.setLevel(logging.DEBUG)
    return lg, buf

app, abuf = stream_logger("app")
db, dbuf = stream_logger("app.db", "%(name)s|%(levelno)d|%(funcName)s|%(module)s|%(message)s")
db.info("connected to %s:%d", "localhost", 5432)
db.propagate = False
db.warning("slow query %.1fms", 153.25)
db.propagate = True
app.getChild("web").error("500 on %r", "/x")
print(abuf.getvalue(), dbuf.getvalue(), sep="")
lg, buf = stream_logger("exc")
try:
    {}["missing"]
except KeyError:
    lg.exception("lookup failed for %s", "user")
    lg.error("again", exc_info=True)
out = re.sub(r'File ".*?",', 'File "F",', buf.getvalue())
print(out)
lg, buf = stream_logger("stk", "%(message)s")
def where():
    lg.info("here", stack_info=True)
where()
print(buf.getvalue().splitlines()[0], buf.getvalue().splitlines()[1], buf.getvalue().splitlines()[-1].strip())
class Ctx(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[req={self.extra['rid']}] {msg}", kwargs
lg, buf = stream_logger("adapt", "%(levelname)s %(message)s %(user)s")
ad = Ctx(lg, {"rid": 7})
ad.info("start", extra={"user": "ann"})
ad.warning("done %d", 3, extra={"user": "bob"})
print(buf.getvalue(), ad.isEnabledFor(logging.DEBUG), ad.getEffectiveLevel())
class OnlyOdd(logging.Filter):
    def filter(self, rec):
        rec.tag = "odd"
        return rec.args and rec.args[0] % 2 == 1
lg, buf = stream_logger("flt", "%(tag)s %(message)s")
lg.addFilter(OnlyOdd())
for i in range(5):
    lg.info("n=%d", i)
print(buf.getvalue())
nf = logging.Filter("a.b")
print(nf.filter(logging.makeLogRecord({"name": "a.b.c"})), nf.filter(logging.makeLogRecord({"name": "a.bc"})))
print(logging.getLevelName(25), logging.getLevelName("WARNING"), logging.getLevelName(logging.CRITICAL))
logging.addLevelName(25, "NOTICE")
lg, buf = stream_logger("lvl")
lg.log(25, "custom level"); lg.setLevel(logging.ERROR); lg.warning("hidden"); lg.critical("shown")
print(buf.getvalue(), lg.getEffectiveLevel(), logging.getLogger("lvl.child").getEffectiveLevel())
rec = logging.LogRecord("n", logging.INFO, "/p/mod.py", 10, "msg %s %s", ("a", 1), None, func="fn")
print(rec.getMessage(), rec.module, rec.filename, rec.levelname, rec.lineno, rec.funcName)
f = logging.Formatter("{levelname:<8}|{name}|{message}", style="{")
print(f.format(rec))
f2 = logging.Formatter("$levelname $message", style="$")
print(f2.format(rec))
try:
    logging.Formatter("%(message)s", style="?")
except ValueError as e:
    print("ValueError", e)
try:
    logging.Formatter("{bad", style="{")
except ValueError as e:
    print("ValueError", e)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "app.log")
    rh = logging.handlers.RotatingFileHandler(path, maxBytes=60, backupCount=2)
    rh.setFormatter(logging.Formatter("%(message)s"))
    rl = logging.getLogger("rot"); rl.addHandler(rh); rl.setLevel(logging.INFO); rl.propagate = False
    for i in range(8):
        rl.info("message number %02d padded", i)
    rh.close()
    print(sorted(os.listdir(d)), [open(os.path.join(d, n)).read().count("\n") for n in sorted(os.listdir(d))])
    print(open(path).read().split("\n")[0])
    ini = os.path.join(d, "log.ini")
    with open(ini, "w") as fh:
        fh.write("""[loggers]
keys=root,svc
[handlers]
keys=h
[formatters]
keys=f
[logger_root]
level=WARNING
handlers=
[logger_svc]
level=DEBUG
handlers=h
qualname=svc
propagate=0
[handler_h]
class=StreamHandler
level=INFO
formatter=f
args=(sys.stdout,)
[formatter_f]
format=INI %(levelname)s %(name)s: %(message)s
""")
    logging.config.fileConfig(ini, disable_existing_loggers=False)
    logging.getLogger("svc").debug("not shown")
    logging.getLogger("svc").info("from fileConfig")
    logging.getLogger("svc.sub").warning("child")
logging.config.dictConfig({"version": 1, "disable_existing_loggers": False,
    "formatters": {"b": {"format": "DICT %(levelname)s %(message)s"}},
    "filters": {"short": {"()": lambda: (lambda r: len(r.getMessage()) < 20)}},
    "handlers": {"o": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "b", "filters": ["short"]}},
    "loggers": {"dc": {"handlers": ["o"], "level": "INFO", "propagate": False}}})
logging.getLogger("dc").info("short one")
logging.getLogger("dc").info("this one is far too long to pass")
try:
    logging.config.dictConfig({"version": 1, "handlers": {"x": {"class": "no.such.Handler"}}})
except ValueError as e:
    print("ValueError", str(e)[:40])
err = io.StringIO()
with contextlib.redirect_stderr(err):
    logging.getLogger("nohandlers.x").warning("last resort %s", "used")
    logging.captureWarnings(True)
    pw = logging.getLogger("py.warnings"); pw.handlers[:] = [logging.StreamHandler(sys.stderr)]; pw.propagate = False
    warnings.warn("captured!")
    logging.captureWarnings(False)
print(err.getvalue().splitlines()[0], "|", err.getvalue().splitlines()[1].split(": ", 1)[1])
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=logging.StreamHandler(sys.stdout))
ml = logging.getLogger("mem"); ml.addHandler(mh); ml.propagate = False; ml.setLevel(logging.DEBUG)
ml.info("buffered 1"); ml.info("buffered 2"); print("nothing yet"); ml.error("flush now"); mh.close()
print(logging.root.level, logging.getLogger() is logging.root, logging.getLogger("app").parent.name, logging.getLogger("app.db").parent.name)
logging.disable(logging.CRITICAL)
lg, buf = stream_logger("dis"); lg.critical("disabled"); print(repr(buf.getvalue())); logging.disable(logging.NOTSET)
logging.shutdown()
