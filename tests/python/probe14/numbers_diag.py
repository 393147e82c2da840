# decimal/fractions, inspect/traceback/warnings output (stderr captured into stdout).
import decimal, fractions, inspect, traceback, warnings, sys, io, logging, math
from decimal import Decimal as D, localcontext, ROUND_HALF_UP, ROUND_DOWN
from fractions import Fraction as F

prices = [D("19.99"), D("5.01"), D("0.10")]
sub = sum(prices)
tax = (sub * D("0.0825")).quantize(D("0.01"), rounding=ROUND_HALF_UP)
print(sub, tax, sub + tax, D("1") / D("7"), D(0.1), D("1.30") * 2, -D("0"), D("1e3").normalize(), D("100").normalize())
with localcontext() as ctx:
    ctx.prec = 6
    print(D(1) / D(3), D(2).sqrt(), D("123456789").quantize(D("1e3")) if False else +D("123456789"))
    ctx.traps[decimal.DivisionByZero] = False
    print(D(1) / 0, ctx.flags[decimal.DivisionByZero])
try:
    D(1) / 0
except decimal.DivisionByZero as e:
    print("DivisionByZero", type(e).__mro__[1].__name__)
try:
    D("abc")
except decimal.InvalidOperation as e:
    print("InvalidOperation", e)
print(D("2.5").to_integral_value(), D("3.5").to_integral_value(), D("-7.5").quantize(D("1"), rounding=ROUND_DOWN), D("1.2345").as_tuple())
print(f"{D('1234.5678'):,.2f}", f"{D('0.000012'):.3e}", f"{D('42'):>8}", D("NaN").is_nan(), D("Infinity") > 10**100, D(10) ** -2)
print(D("1.1").compare(D("1.10")), D("1.1") == D("1.10"), hash(D("1.5")) == hash(1.5), sorted([D("2"), 1, 1.5]), D("7").fma(2, 1), D(-3) % 2, D(-7) // 2)
print(F(3, 4) + F(1, 6), F("0.125"), F(1.1).limit_denominator(100), F(7, 2).numerator, float(F(1, 3)), F(5, 10), F(-1, 3) ** 2)
print(round(F(7, 3), 1), math.floor(F(-7, 2)), F(1, 3) < 0.34, F(2) == 2, F(3, 4).as_integer_ratio(), F(D("0.5")), f"{F(1, 3)!s:>6}")
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

def area(width: float, height: float = 1.0, *args, unit: str = "m", **kw) -> str:
    """Compute an area.

    Longer description."""
    return f"{width * height}{unit}"
sig = inspect.signature(area)
print(sig, list(sig.parameters), sig.parameters["unit"].kind, sig.return_annotation)
ba = sig.bind(2, unit="cm")
ba.apply_defaults()
print(ba.arguments, ba.args, ba.kwargs, inspect.getdoc(area).splitlines()[0], inspect.cleandoc(area.__doc__))
print(inspect.isfunction(area), inspect.ismethod(area), inspect.isclass(int), inspect.isgeneratorfunction(lambda: (yield)), inspect.iscoroutinefunction(area))
class K:
    x = 1
    def m(self): pass
    @staticmethod
    def s(): pass
    @property
    def p(self): return 1
print([n for n, _ in inspect.getmembers(K, inspect.isfunction)], inspect.getmro(K)[-1], inspect.getattr_static(K, "s").__class__.__name__)
print(inspect.getsource(K.m).strip(), inspect.getmodule(area).__name__, inspect.getfile(area) == __file__)
def outer():
    fr = inspect.currentframe()
    return fr.f_code.co_name, fr.f_back.f_code.co_name, inspect.stack()[0].function
print(outer(), inspect.getfullargspec(area).kwonlyargs, str(inspect.signature(lambda a, /, b, *, c=3: 0)))

stderr = io.StringIO()
sys.stderr = stderr
def level3(x):
    return {"a": 1}[x]
def level2(x):
    try:
        return level3(x)
    except KeyError as e:
        raise ValueError(f"bad key {x!r}") from e
try:
    level2("zz")
except ValueError:
    traceback.print_exc()
try:
    level2("q")
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[-1], end="")
    te = traceback.TracebackException.from_exception(e)
    print([f.name for f in te.stack], te.exc_type.__name__, str(te), te.__cause__.exc_type.__name__)
    print(traceback.format_exception_only(type(e), e))
    print([(fs.name, fs.line) for fs in traceback.extract_tb(e.__traceback__)])
try:
    [1][2]
except IndexError:
    print(repr(traceback.format_exc().splitlines()[-1]))
def f_stack():
    return traceback.format_stack(limit=1)
print(f_stack()[0].split("\n")[1].strip())
try:
    eval("1 +* 2")
except SyntaxError:
    traceback.print_exc(limit=0)
try:
    raise ExceptionGroup("grp", [ValueError("v1"), TypeError("t1")])
except* ValueError as eg:
    print("except* got", eg.exceptions)
except* TypeError as eg:
    print("except* got", eg.exceptions)

def deprecated_api():
    warnings.warn("use new_api()", DeprecationWarning, stacklevel=2)
    return 1
warnings.simplefilter("always")
deprecated_api()
warnings.warn("plain user warning")
warnings.warn_explicit("explicit", RuntimeWarning, "mod.py", 42)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    deprecated_api()
    warnings.warn("second", UserWarning)
print([(w.category.__name__, str(w.message), w.lineno > 0) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised", e)
warnings.filterwarnings("ignore", message="quiet.*")
warnings.warn("quiet please")
print(warnings.formatwarning("msg", FutureWarning, "f.py", 3, "line()"), end="")
logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="%(levelname)s:%(name)s:%(funcName)s:%(message)s")
logging.captureWarnings(True)
warnings.warn("via logging")
logging.getLogger("app.sub").info("info %s", "arg")
try:
    1 / 0
except ZeroDivisionError:
    logging.exception("boom")
logging.captureWarnings(False)
sys.stderr = sys.__stderr__
text = stderr.getvalue().replace(__file__, "FILE")
print(text)
