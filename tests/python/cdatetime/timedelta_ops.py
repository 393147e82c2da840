# timedelta: construction from mixed ints and floats, normalization,
# rounding, repr/str, arithmetic, division, comparison and error messages.
from datetime import timedelta as T


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


t("basic", lambda: T(1, 2, 3))
t("zero", lambda: T())
t("neg", lambda: T(seconds=-1))
t("kw", lambda: T(weeks=1, days=-1, hours=2.5, minutes=-0.5, seconds=1e-7, milliseconds=1.5, microseconds=0.5))
t("float days", lambda: T(0.5))
t("us half", lambda: [T(microseconds=x) for x in (0.5, 1.5, 2.5, -0.5, -1.5)])
t("tiny", lambda: T(days=1e-7))
t("mixed halves", lambda: T(seconds=0.0000005, microseconds=0.5))
t("big int", lambda: T(microseconds=10**15))
t("overflow", lambda: T(days=10**9))
t("overflow int", lambda: T(10**20))
t("nan", lambda: T(seconds=float("nan")))
t("inf", lambda: T(seconds=float("inf")))
t("str arg", lambda: T("1"))
t("too many", lambda: T(1, 2, 3, 4, 5, 6, 7, 8))
t("bad kw", lambda: T(years=1))
for d in [T(1, 2, 3), T(-1, 1, 1), T(2, 3, 4), T(0, 5), T(microseconds=5), T(-2), T(1), T(hours=-25)]:
    print(str(d), repr(d), d.days, d.seconds, d.microseconds, d.total_seconds(), bool(d))
a, b = T(days=3, seconds=7, microseconds=11), T(hours=5, microseconds=999999)
t("add", lambda: a + b)
t("sub", lambda: a - b)
t("neg", lambda: -a)
t("pos", lambda: +a)
t("abs", lambda: abs(-a))
t("mul int", lambda: a * 3)
t("rmul int", lambda: -2 * a)
t("mul float", lambda: a * 0.3)
t("mul float2", lambda: T(seconds=1) * 0.6112295)
t("div td", lambda: a / b)
t("div int", lambda: [(T(microseconds=n) / 2) for n in (3, 5, -3, -5)])
t("div negint", lambda: [(T(microseconds=n) / -2) for n in (3, 5)])
t("div float", lambda: [(T(microseconds=n) / 2.0) for n in (-3, -5, 7)])
t("floordiv td", lambda: a // b)
t("floordiv int", lambda: a // 7)
t("mod", lambda: a % b)
t("divmod", lambda: divmod(a, b))
t("divmod neg", lambda: divmod(-a, b))
t("div0", lambda: a / T(0))
t("floordiv0", lambda: a // T(0))
t("mod0", lambda: a % T(0))
t("divint0", lambda: a / 0)
t("floordivint0", lambda: a // 0)
t("divfloat0", lambda: a / 0.0)
t("divmod0", lambda: divmod(a, T(0)))
t("mul nan", lambda: a * float("nan"))
t("mul inf", lambda: a * float("inf"))
t("add int", lambda: a + 1)
t("mul td", lambda: a * a)
t("max+res", lambda: T.max + T.resolution)
t("min-res", lambda: T.min - T.resolution)
t("lt", lambda: (a < b, a <= a, a > b, a >= b, a == T(3, 7, 11), a != b))
t("lt int", lambda: a < 1)
t("eq int", lambda: a == 1)
t("hash eq", lambda: hash(T(1)) == hash(T(hours=24)) and hash(T(0)) == hash(T(0, 0, 0)))
t("consts", lambda: (T.min, T.max, T.resolution))
t("reduce", lambda: a.__reduce__())
t("subclass", lambda: type(type("S", (T,), {})(1) + T(1)))


class S(T):
    pass


s = S(1, 2)
print(repr(s), type(s).__name__, type(s * 2).__name__, type(-s).__name__, s == T(1, 2))
