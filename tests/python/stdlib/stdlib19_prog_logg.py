import logging, logging.config, io, sys

buf = io.StringIO()
logging.config.dictConfig({
    "version": 1,
    "formatters": {
        "plain": {"format": "%(levelname)-8s %(name)s:%(lineno)d %(message)s"},
        "brace": {"format": "{levelname}|{name}|{funcName}|{message}", "style": "{"},
    },
    "filters": {"nodebug": {"()": lambda: (lambda r: r.levelno > logging.DEBUG)}},
    "handlers": {
        "s": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "plain", "level": "DEBUG"},
        "b": {"class": "logging.StreamHandler", "stream": buf, "formatter": "brace", "filters": ["nodebug"]},
    },
    "loggers": {"app": {"level": "DEBUG", "handlers": ["s", "b"], "propagate": False},
                "app.db": {"level": "WARNING"}},
    "root": {"level": "ERROR", "handlers": []},
})
log = logging.getLogger("app")
def work():
    log.debug("debug %d", 1)
    log.info("info %s", "x")
    log.warning("warn %r", {"a": 1})
    logging.getLogger("app.db").info("hidden")
    logging.getLogger("app.db").error("db error %.2f", 3.14159)
work()
try:
    1 / 0
except ZeroDivisionError:
    log.exception("boom")
import contextlib
eb = io.StringIO()
with contextlib.redirect_stderr(eb):
    log.error("bad args %d", "x")
el = eb.getvalue().splitlines()
print(el[0], el[-4:])
print("buf:")
print(buf.getvalue())
lg = logging.getLogger("other")
print(lg.getEffectiveLevel(), logging.getLevelName(lg.getEffectiveLevel()), lg.isEnabledFor(logging.ERROR))
print(logging.getLevelName(15), logging.getLevelName("INFO"))
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15))
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s:%(message)s:%(stack_info)s"))
lg.addHandler(h)
lg.log(15, "not shown")
lg.critical("crit")
a = logging.LoggerAdapter(lg, {"user": "bob"})
h.setFormatter(logging.Formatter("%(user)s %(message)s"))
a.error("adapted")
print(repr(lg), repr(h), repr(logging.getLogger()))
class F(logging.Filter):
    def filter(self, r):
        r.msg = r.msg.upper(); return True
h.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
lg.addFilter(F())
lg.error("lower")
r = logging.makeLogRecord({"msg": "hi %s", "args": ("x",), "levelno": 20})
print(r.getMessage(), r.levelname)
logging.basicConfig()
print(logging.root.handlers)
logging.shutdown()
