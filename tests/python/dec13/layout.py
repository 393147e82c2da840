# Decimals whose coefficient or NaN payload needs more than 64 bits, next to
# ones that fit, through every way a Decimal is made and read back:
# construction, arithmetic, subclasses, pickling, copying, hashing, tuples,
# extreme exponents and specials with payloads.
import copy
import pickle
from decimal import Decimal, Context, localcontext, MAX_EMAX, MIN_ETINY, InvalidOperation

try:
    Decimal((1, (1, 2, 3), MAX_EMAX))
except InvalidOperation:
    print("outside the exact range")


class D(Decimal):
    pass


samples = ["0", "-0", "1", "-1.5", "18446744073709551615", "18446744073709551616",
           "-18446744073709551616E-5", "123456789012345678901234567890.123",
           "NaN", "-NaN123", "sNaN18446744073709551616", "NaN" + "9" * 40,
           "Infinity", "-Infinity", "1E+999999999999999999", "-1E-1999999999999999997",
           "9.999999999999999999999999999E+999999999999999999"]
for s in samples:
    for cls in (Decimal, D):
        d = cls(s)
        t = d.as_tuple()
        r = Decimal(t)
        p = pickle.loads(pickle.dumps(d))
        c = copy.deepcopy(d)
        print(cls.__name__, repr(d), str(d), t.sign, len(t.digits), t.exponent,
              repr(r), type(p).__name__, repr(p), repr(c), d.is_nan() or d == p,
              d.is_signed(), d.is_zero(), d.is_finite())
        if not d.is_snan():
            print(" hash", hash(d) == hash(p), d.adjusted() if d.is_finite() else None)
        if d.is_finite():
            print(" ", repr(d.copy_negate()), repr(d.copy_abs()))
            try:
                print(" ", repr(-d), repr(+d), repr(abs(d)))
            except ArithmeticError as e:
                print(" raises", type(e).__name__)

# A subclass keeps an instance dict whatever the coefficient's size.
for s in ("5", "5" * 30):
    x = D(s)
    x.tag = s[:3]
    print(type(x).__name__, x.tag, vars(x), repr(x + 0), type(x + 0).__name__)

# Results crossing between the two sizes both ways.
a = Decimal(2**64 - 1)
b = a + 1
c = b - 1
print(repr(a), repr(b), repr(c), a == c, hash(a) == hash(c), repr(b * b), repr((b * b) // b))
with localcontext(Context(prec=60)):
    big = Decimal(2**150)
    print(repr(big), repr(big / 2**100), repr(big.quantize(Decimal("1E+10"))), repr(big % 7))

print(repr(Decimal((1, (1, 2, 3), MAX_EMAX - 2))), repr(Decimal((0, (4,), MIN_ETINY))))
with localcontext() as ctx:
    ctx.traps[InvalidOperation] = False
    print(repr(Decimal((0, (1,), MIN_ETINY - 1))), repr(Decimal((0, (1,), MAX_EMAX + 1))))
    print(repr(Decimal((1, (1, 2, 3), MAX_EMAX))), ctx.flags[InvalidOperation])
