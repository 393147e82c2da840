# math/cmath results and errors, struct, binascii, random's exact sequences.
import math, cmath, struct, binascii, random, sys, warnings
warnings.simplefilter("ignore")
def e(f, *a, **k):
    try:
        print("->", repr(f(*a, **k)))
    except Exception as x:
        print(type(x).__name__, x)
for f, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-1,)), (math.log, (10, 1)), (math.log, (10, 0)), (math.acos, (2,)),
                (math.exp, (1000,)), (math.pow, (0, -1)), (math.pow, (-8, 1/3)), (math.factorial, (-1,)), (math.factorial, (2.0,)),
                (math.factorial, (2.5,)), (math.comb, (5, -1)), (math.perm, (-1,)), (math.isqrt, (-1,)), (math.gcd, (1.5,)),
                (math.fmod, (1, 0)), (math.fsum, ([float("inf"), float("-inf")],)), (math.ldexp, (1, 10000)), (math.log2, (0,)),
                (math.atanh, (1,)), (math.cosh, (1000,)), (math.gamma, (0,)), (math.gamma, (-1,)), (math.lgamma, (-2,)),
                (math.trunc, ("x",)), (math.floor, (float("inf"),)), (math.ceil, (float("nan"),)), (math.dist, ((1, 2), (1,))),
                (math.hypot, ()), (math.prod, ([],)), (math.log, (2**1000,)), (math.log10, (10**400,)), (math.log2, (2**5000,)),
                (math.sqrt, ("x",)), (math.sqrt, (10**400,)), (math.isclose, (1, 1.0000000001)), (math.isclose, (1, 2, -1)),
                (math.nextafter, (1, 2)), (math.ulp, (1.0,)), (math.remainder, (5, 3)), (math.copysign, (1, -0.0)),
                (math.frexp, (8.0,)), (math.modf, (-3.5,)), (math.fsum, ([0.1] * 10,)), (math.fsum, ([1e308, 1e308],)),
                (math.comb, (100, 50)), (math.perm, (10, 3)), (math.isqrt, (10**40,)), (math.lcm, (4, 6, 10)), (math.cbrt, (27,)),
                (math.exp2, (10,)), (math.dist, ((0, 0), (3, 4))), (math.hypot, (3, 4, 12)), (math.prod, ([1, 2, 3], )),
                (math.erf, (0.5,)), (math.erfc, (0.5,)), (math.atan2, (1, -1)), (math.degrees, (math.pi,)), (math.radians, (180,)),
                (math.expm1, (1e-10,)), (math.log1p, (1e-10,)), (math.sumprod if hasattr(math, "sumprod") else len, ([1],)),
                (math.floor, (-0.5,)), (math.ceil, (10**20 + 0.5,)), (round, (2.675, 2)), (round, (0.5,)), (round, (1.5,)),
                (math.trunc, (-2.7,)), (math.inf.__floordiv__, (1,)), (divmod, (-7, 2)), (divmod, (7.5, -2)), (pow, (2, -1, 7)), (pow, (2, -1, 4))]:
    e(f, *args)
print(math.pi, math.e, math.tau, math.inf, math.nan)
for f, a in [(cmath.sqrt, -1), (cmath.exp, 1j * math.pi), (cmath.log, -1), (cmath.phase, -1), (cmath.polar, 1j), (cmath.log, 0), (cmath.acos, 2), (cmath.sqrt, complex(-0.0, -0.0))]:
    e(f, a)
print(cmath.rect(1, math.pi / 2), cmath.isclose(1j, 1.0000000001j), cmath.inf, cmath.nanj)
for fmt, vals in [("<i", (1,)), (">h", (-2,)), ("!I", (2**32 - 1,)), ("<q", (-1,)), ("<f", (1.5,)), ("<d", (0.1,)), ("<e", (65504.0,)),
                  ("3s", (b"abcdef",)), ("p", (b"xy",)), ("5p", (b"xy",)), ("?", (2,)), ("<c", (b"z",)), ("@ib", (1, 2)), ("=ib", (1, 2)),
                  ("<2H", (1, 2)), ("<b", (128,)), ("<B", (-1,)), ("<i", (1.5,)), ("<c", ("z",)), ("<s", ("z",)), ("<i", ()), ("<x", ()), ("<Q", (-1,)),
                  ("<f", (1e300,)), ("<e", (1e6,)), ("<n", (1,)), ("<P", (1,)), ("zz", (1,)), ("<i", (2**31,)), ("<h", (2**15,))]:
    try:
        b = struct.pack(fmt, *vals)
        print(fmt, b, struct.unpack(fmt, b), struct.calcsize(fmt))
    except Exception as x:
        print(fmt, type(x).__name__, x)
e(struct.unpack, "<i", b"abc")
e(struct.unpack_from, "<h", b"abc", 2)
e(struct.calcsize, "q")
s = struct.Struct("<hI")
print(s.size, s.format, list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")), s.pack(1, 2))
buf = bytearray(8)
struct.pack_into("<I", buf, 2, 7)
print(buf)
e(struct.pack_into, "<I", buf, 6, 7)
for f, a in [(binascii.hexlify, b"\x01\xff"), (binascii.unhexlify, "0aff"), (binascii.unhexlify, "0g"), (binascii.unhexlify, "abc"),
             (binascii.b2a_base64, b"hi"), (binascii.a2b_base64, "aGk="), (binascii.a2b_base64, "aGk"), (binascii.crc32, b"abc"),
             (binascii.crc_hqx, (b"abc", 0)), (binascii.b2a_hex, (b"ab", "-")), (binascii.a2b_qp, b"=41=\nb"), (binascii.b2a_qp, b"\xff x"),
             (binascii.b2a_uu, b"hi"), (binascii.a2b_uu, b"\"aGk\n"), (binascii.hexlify, "s")]:
    e(f, *(a if isinstance(a, tuple) else (a,)))
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.uniform(1, 2), random.gauss(0, 1))
l = list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.choices("abc", k=5), random.choices("abc", weights=[1, 5, 1], k=4), random.randrange(0, 100, 7))
print(random.getrandbits(70), random.randbytes(5), random.normalvariate(0, 1), random.expovariate(2), random.triangular(), random.betavariate(2, 3))
print(random.gammavariate(2, 1), random.lognormvariate(0, 1), random.vonmisesvariate(1, 1), random.paretovariate(2), random.weibullvariate(1, 2))
random.seed("hello"); print(random.random())
random.seed(b"hello"); print(random.random())
random.seed(12345678901234567890); print(random.random())
random.seed(-5); print(random.random())
random.seed(3.5); print(random.random())
r = random.Random(7); st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random(), r.randint(0, 10**30))
e(random.choice, [])
e(random.randint, 5, 1)
e(random.randrange, 0)
e(random.sample, [1, 2], 3)
e(random.seed, [1])
e(random.randrange, 1.5)
e(random.choices, "ab", [1], k=2)
e(random.sample, {1, 2}, 1)
random.seed(42, version=1); print(random.random())
print(random.SystemRandom().random() < 1)
