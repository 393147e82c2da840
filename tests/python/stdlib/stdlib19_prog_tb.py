import traceback, sys, warnings, io, contextlib, logging
class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg); self.code = code
    def __str__(self): return f"[{self.code}] {self.args[0]}"
def load(k):
    d = {"a": 1}
    try:
        return d[k]
    except KeyError as e:
        raise AppError("missing key", 404) from e
def outer():
    try:
        load("z")
    except AppError:
        raise RuntimeError("outer failed")
try:
    outer()
except RuntimeError as e:
    print("".join(traceback.format_exception(e)))
    print(traceback.format_exception_only(type(e), e))
    te = traceback.TracebackException.from_exception(e)
    print(list(te.format(chain=False))[-1], te.exc_type.__name__, te.__cause__, te.__context__.exc_type.__name__)
    print([ (f.name, f.lineno, f.line) for f in traceback.extract_tb(e.__traceback__)])
    print(traceback.extract_stack()[-1].name)
def g():
    try:
        raise ValueError("inner")
    finally:
        pass
try:
    try:
        g()
    except ValueError as e:
        raise TypeError("suppressed") from None
except TypeError as e:
    traceback.print_exc(file=sys.stdout)
    print(e.__suppress_context__, repr(e.__context__))
eg = ExceptionGroup("many", [ValueError(1), TypeError("t"), ExceptionGroup("sub", [KeyError("k")])])
traceback.print_exception(eg, file=sys.stdout)
try:
    raise eg
except* ValueError as g1:
    print("caught", repr(g1))
except* (TypeError, KeyError) as g2:
    print("caught2", g2.exceptions)
e = ValueError("note me"); e.add_note("note 1"); e.add_note("note 2")
print("".join(traceback.format_exception(e)))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("dep", DeprecationWarning)
    warnings.warn("user")
    warnings.warn_explicit("expl", SyntaxWarning, "f.py", 12)
    print([(str(x.message), x.category.__name__, x.lineno if x.filename == "f.py" else "L") for x in w])
warnings.filterwarnings("error", category=UserWarning, message="bad.*")
try:
    warnings.warn("bad thing")
except UserWarning as e:
    print("raised", e)
warnings.resetwarnings()
warnings.simplefilter("default")
buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    warnings.warn("once", RuntimeWarning)
    warnings.warn("once", RuntimeWarning)
    print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "x = 1"))
print(buf.getvalue().count("once"), buf.getvalue().split(":", 2)[2])
logging.captureWarnings(True)
logging.basicConfig(stream=sys.stdout, format="%(name)s %(message)s")
warnings.warn("to log", FutureWarning)
def deep(n):
    if n == 0: raise RecursionError("fake")
    return deep(n - 1)
try:
    deep(30)
except RecursionError:
    s = traceback.format_exc()
    print(s.count("\n"), s.splitlines()[-1])
    print("\n".join(s.splitlines()[-6:]))
def rec(n): return rec(n + 1)
try: rec(0)
except RecursionError as e:
    print(e)
    tb = traceback.format_exc().splitlines()
    print(tb[-3:] )
