# Tables now built on first use (startup11): cmath's special values and the
# codec tables of source decoding (coding declarations other than UTF-8).
import cmath
import math

inf, nan = math.inf, math.nan
for f in ("exp", "log", "sqrt", "acos", "asinh", "atanh", "cosh", "sinh", "tanh", "tan"):
    fn = getattr(cmath, f)
    for z in (complex(inf, 0), complex(-inf, 1), complex(1, inf), complex(nan, 2), complex(inf, nan), complex(0, -inf)):
        try:
            print(f, z, fn(z))
        except (ValueError, OverflowError) as e:
            print(f, z, type(e).__name__, e)
# Around CM_LOG_LARGE_DOUBLE (708.396...), now a constant.
for x in (708.39, 708.4, 709.5, -708.4, 711.0):
    for f in (cmath.exp, cmath.cosh, cmath.sinh, cmath.tanh):
        try:
            print(f.__name__, x, f(complex(x, 1.0)))
        except OverflowError as e:
            print(f.__name__, x, "OverflowError", e)
print(cmath.rect(inf, 0))

for coding, text in (("latin-1", "café"), ("cp1252", "€uro"), ("koi8_r", "Привет"), ("iso8859_15", "€"),
                     ("windows-1251", "Юг"), ("mac-roman", "ƒ"), ("ascii", "plain")):
    src = ("# -*- coding: %s -*-\ns = %r\n" % (coding, text)).encode(coding)
    ns = {}
    exec(compile(src, "<%s>" % coding, "exec"), ns)
    print(coding, ns["s"] == text)
try:
    compile(b"# coding: no-such-codec\nx = 1\n", "<bad>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)
