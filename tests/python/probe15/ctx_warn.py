# contextlib and warnings in application code: ExitStack callbacks/unwinding, suppress, redirect_stdout/stderr,
# contextmanager exceptions, nullcontext, closing, chdir; warnings filters, catch_warnings(record=True),
# simplefilter actions (once/default/error/ignore/module), custom categories, showwarning/formatwarning.
import contextlib, io, os, sys, tempfile, warnings

log = []
@contextlib.contextmanager
def resource(name, fail=False):
    log.append(f"open {name}")
    try:
        yield name.upper()
    except ZeroDivisionError as e:
        log.append(f"handled in {name}: {e}")
    finally:
        log.append(f"close {name}")

with contextlib.ExitStack() as st:
    a = st.enter_context(resource("a"))
    b = st.enter_context(resource("b"))
    st.callback(log.append, "callback1")
    st.push(lambda *exc: log.append(f"push saw {exc[0].__name__ if exc[0] else None}"))
    log.append(f"body {a}{b}")
print(log); log.clear()
try:
    with contextlib.ExitStack() as st:
        st.enter_context(resource("x"))
        st.enter_context(resource("y"))
        1 / 0
except ZeroDivisionError:
    log.append("escaped")
print(log); log.clear()
with contextlib.ExitStack() as st:
    st.enter_context(resource("p"))
    st2 = st.pop_all()
log.append("after pop_all")
st2.close()
print(log); log.clear()
with contextlib.suppress(KeyError, IndexError):
    {}["x"]
print("suppressed")
out, err = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
    print("to out")
    print("to err", file=sys.stderr)
    help(len) if False else None
print(repr(out.getvalue()), repr(err.getvalue()))
with contextlib.nullcontext(5) as v:
    print("null", v)
class Res:
    def close(self): print("closed Res")
with contextlib.closing(Res()):
    pass
d = tempfile.mkdtemp()
before = os.getcwd()
with contextlib.chdir(d):
    print("in tmp", os.path.realpath(os.getcwd()) == os.path.realpath(d))
print("back", os.getcwd() == before)
os.rmdir(d)
@contextlib.contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
class Dec(contextlib.ContextDecorator):
    def __enter__(self): print("enter dec"); return self
    def __exit__(self, *e): print("exit dec", e[0]); return False
@Dec()
def decorated(x):
    print("inside", x)
decorated(3)
print(contextlib.AbstractContextManager.__subclasshook__(Res) if False else "", isinstance(Dec(), contextlib.AbstractContextManager))

class DeprecatedAPI(DeprecationWarning): pass
def old_api():
    warnings.warn("old_api is deprecated", DeprecatedAPI, stacklevel=2)
    return 1
def show(ws):
    return [(w.category.__name__, str(w.message), os.path.basename(w.filename), w.lineno > 0) for w in ws]
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    old_api(); old_api()
    warnings.warn("plain")
    warnings.warn(UserWarning("instance"))
    warnings.warn_explicit("explicit", RuntimeWarning, "mod.py", 42)
print(show(ws))
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("once")
    for _ in range(3):
        warnings.warn("repeat")
    warnings.simplefilter("default")
    for _ in range(3):
        warnings.warn("dflt")
print(len(ws), [str(w.message) for w in ws])
with warnings.catch_warnings():
    warnings.simplefilter("error", category=DeprecatedAPI)
    try:
        old_api()
    except DeprecatedAPI as e:
        print("raised", type(e).__name__, e)
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message=r"skip.*")
    warnings.filterwarnings("error", message="boom", category=UserWarning)
    warnings.warn("skip me")
    warnings.warn("keep me")
    try:
        warnings.warn("boom")
    except UserWarning as e:
        print("error filter", e)
print(show(ws))
print(warnings.formatwarning("msg", UserWarning, "/x/f.py", 10, "line = 1").rstrip())
print(warnings.formatwarning("msg", FutureWarning, "f.py", 3, None).rstrip())
cap = io.StringIO()
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = lambda m, c, f, l, file=None, line=None: cap.write(f"{c.__name__}:{m}\n")
    warnings.warn("custom show")
print(cap.getvalue().strip())
err = io.StringIO()
with warnings.catch_warnings(), contextlib.redirect_stderr(err):
    warnings.simplefilter("always")
    warnings.warn("to stderr", SyntaxWarning)
print(err.getvalue().split(":", 2)[2].strip())
with warnings.catch_warnings(record=True) as ws:
    warnings.resetwarnings()
    warnings.simplefilter("default")
    import importlib
    warnings.warn("x", PendingDeprecationWarning)
    warnings.warn("y", ResourceWarning)
print(show(ws))
print([f[0] for f in warnings.filters[:3]], warnings.filters is not None)
