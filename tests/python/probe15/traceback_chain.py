# traceback formatting as loggers/reporters use it: chained exceptions (cause/context/suppressed),
# format_exception, TracebackException, print_exc into a buffer, extract_tb/StackSummary, notes,
# exception groups, format_exception_only, walk_stack, limit.
import io, sys, traceback, linecache

class AppError(Exception):
    pass

def parse(s):
    return int(s)

def load(s):
    try:
        return parse(s)
    except ValueError as e:
        raise AppError(f"bad config value {s!r}") from e

def context_chain():
    try:
        {}["k"]
    except KeyError:
        1 / 0

def suppressed():
    try:
        [][1]
    except IndexError:
        raise RuntimeError("clean") from None

def deep(n):
    if n == 0:
        raise RecursionError("bottom")
    deep(n - 1)

def show(fn, *a, **kw):
    try:
        fn()
    except BaseException as e:
        print("".join(traceback.format_exception(e, *a, **kw)).rstrip())
        print("---")
        return e

e1 = show(lambda: load("x1"))
show(context_chain)
show(suppressed)
show(lambda: deep(5), limit=3)
show(lambda: load("x2"), chain=False)
te = traceback.TracebackException.from_exception(e1)
print(type(te.__cause__).__name__, te.exc_type.__name__, str(te), [f.name for f in te.stack])
print("".join(te.format_exception_only()).rstrip())
print(traceback.format_exception_only(ValueError, ValueError("v")), traceback.format_exception_only(KeyError("k")))
tb = e1.__traceback__
summ = traceback.extract_tb(tb)
print([(fs.name, fs.lineno, fs.line) for fs in summ], len(summ), type(summ).__name__)
print(summ.format()[0].splitlines()[0].split(", ")[1:])
fs = traceback.FrameSummary("f.py", 3, "fn", line="x = 1")
print(fs, fs.filename, fs.lineno, list(fs) if hasattr(fs, "__iter__") else "")
print(traceback.StackSummary.from_list([("a.py", 1, "m", "pass")]).format())
try:
    try:
        raise TypeError("t")
    except TypeError as e:
        e.add_note("while handling request 7")
        e.add_note("user=bob")
        raise
except TypeError as e:
    print("".join(traceback.format_exception(e)).rstrip())
def grp():
    raise ExceptionGroup("many", [ValueError("a"), ExceptionGroup("inner", [KeyError("b"), OSError(2, "nofile")]), TypeError("c")])
show(grp)
try:
    grp()
except* ValueError as eg:
    print("caught", repr(eg))
except* (KeyError, OSError) as eg:
    print("caught2", repr(eg), eg.exceptions)
except* TypeError:
    print("caught3")
buf = io.StringIO()
try:
    load("zz")
except AppError:
    traceback.print_exc(file=buf)
    print(sys.exc_info()[0].__name__, traceback.format_exc().count("Traceback"))
print(buf.getvalue().count("\n"), buf.getvalue().splitlines()[-1])
def stack_here():
    return [f.name for f in traceback.extract_stack(limit=2)], [f[0].f_code.co_name for f in traceback.walk_stack(None)][:2]
print(stack_here())
print(traceback.format_list([("x.py", 4, "g", "y = 2")]))
class Weird(Exception):
    def __str__(self):
        raise ValueError("no str")
print(traceback.format_exception_only(Weird()))
print(traceback.format_exception_only(SyntaxError("bad", ("s.py", 2, 5, "x = = 1\n", 2, 8))))
try:
    compile("def f(:\n", "snip.py", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)))
print(repr(KeyError()), str(KeyError("a")), str(OSError(2, "No such file", "f.txt")), repr(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")), str(UnicodeEncodeError("ascii", "\xe9", 0, 1, "ordinal not in range(128)")))
