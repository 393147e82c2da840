import logging, logging.config, logging.handlers, io, sys, json

stream = io.StringIO()
cfg = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(levelname)-8s %(name)s: %(message)s"},
        "brace": {"format": "{levelname}|{name}|{message}|{lineno}", "style": "{"},
        "dollar": {"format": "$levelname:$message", "style": "$"},
    },
    "filters": {"onlyapp": {"name": "app"}},
    "handlers": {
        "s": {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stdout", "level": "DEBUG"},
        "b": {"class": "logging.StreamHandler", "formatter": "brace", "stream": "ext://sys.stdout", "filters": ["onlyapp"]},
        "m": {"class": "logging.handlers.MemoryHandler", "capacity": 3, "target": "s"},
    },
    "loggers": {
        "app": {"handlers": ["b"], "level": "INFO", "propagate": True},
        "app.db": {"level": "DEBUG"},
        "noisy": {"level": "ERROR", "handlers": ["m"], "propagate": False},
    },
    "root": {"handlers": ["s"], "level": "WARNING"},
}
logging.config.dictConfig(cfg)
log = logging.getLogger("app")
log.info("starting %s v%d", "tool", 3)
log.debug("hidden")
logging.getLogger("app.db").debug("query %r", ("a", 1))
logging.getLogger("app.db").warning("slow query: %.2fs", 1.23456)
logging.getLogger("other").warning("other warn")
logging.getLogger("other").info("other info hidden")
n = logging.getLogger("noisy")
for i in range(5):
    n.error("noise %d", i)
logging.shutdown
print("effective", logging.getLogger("app.db.x").getEffectiveLevel(), logging.getLevelName(logging.getLogger("app").level))
print(logging.getLevelName(15), logging.getLevelName("INFO"), logging.getLevelName("NOPE"))
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15))
try:
    log.info("bad format %d", "x")
except Exception as e:
    print("raised?", e)
try:
    1 / 0
except ZeroDivisionError:
    log.exception("division failed")
rec = logging.LogRecord("n", logging.INFO, "/p/f.py", 10, "msg %s", ("a",), None)
print(rec.getMessage(), rec.levelname, rec.filename, rec.module, rec.lineno)
f = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y")
rec.created = 0.0
rec.msecs = 0
print(len(f.format(rec).split()[0]))
try:
    logging.Formatter("%(foo", style="%").format(rec)
except Exception as e:
    print(type(e).__name__, e)
try:
    logging.Formatter("{x", style="{")
except Exception as e:
    print(type(e).__name__, e)
try:
    logging.Formatter("x", style="?")
except Exception as e:
    print(type(e).__name__, e)
try:
    logging.config.dictConfig({"version": 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    logging.config.dictConfig({"version": 1, "handlers": {"h": {"class": "no.such.Class"}}})
except Exception as e:
    print(type(e).__name__, e)
class Ctx(logging.LoggerAdapter):
    def process(self, msg, kw):
        return "[%s] %s" % (self.extra["id"], msg), kw
Ctx(log, {"id": 7}).warning("adapted")
log.warning("extra field", extra={"user": "bob"})
try:
    log.warning("clash", extra={"message": "x"})
except KeyError as e:
    print("KeyError", e)
h = logging.handlers.BufferingHandler(2)
print(h.shouldFlush(rec))
q = __import__("queue").Queue()
qh = logging.handlers.QueueHandler(q)
ql = logging.getLogger("q"); ql.addHandler(qh); ql.propagate = False
ql.warning("to queue %d", 5)
r = q.get_nowait(); print(r.getMessage(), r.msg, r.args)
logging.basicConfig(level=logging.DEBUG)
logging.warning("root warning via basicConfig no-op")
logging.lastResort
logging.getLogger("app").critical("done")
logging.captureWarnings(True)
import warnings
warnings.warn("captured warning")
logging.disable(logging.CRITICAL)
log.critical("disabled")
logging.disable(logging.NOTSET)
log.critical("enabled")
