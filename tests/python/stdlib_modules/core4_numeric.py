# Numeric, hashing and compression modules: math, cmath, decimal,
# fractions, statistics, random (seeded), secrets (lengths only), struct,
# hashlib, hmac, uuid (uuid3/uuid5), zlib, gzip.
import io


def section(fn):
    try:
        fn()
    except Exception as e:
        print(fn.__name__, "ERROR", type(e).__name__, e)
    return fn


@section
def math_cmath():
    import cmath
    import math
    print(math.factorial(20), math.comb(10, 3), math.isqrt(10**20 + 1), math.fsum([0.1] * 10), math.dist((0, 0), (3, 4)))
    print(math.gcd(12, 18, 27), math.lcm(4, 6), math.prod([1, 2, 3]), math.log(8, 2), math.nextafter(1.0, 2.0))
    print(cmath.sqrt(-1), cmath.phase(-1), cmath.polar(1j), cmath.exp(1j * cmath.pi))


@section
def decimal_():
    import decimal
    from decimal import Decimal as D
    decimal.getcontext().prec = 10
    print(D(1) / D(7), D("1.10") + D("2.205"), D("2").sqrt(), D("1234.5678").quantize(D("0.01"), rounding=decimal.ROUND_HALF_UP))
    with decimal.localcontext() as ctx:
        ctx.prec = 3
        print(D(22) / D(7), bool(ctx.traps[decimal.DivisionByZero]))
    try:
        D(1) / D(0)
    except decimal.DivisionByZero as e:
        print("DivisionByZero", type(e).__mro__[1].__name__)
    print(D("NaN").is_nan(), D(-0.5).to_integral_value(), format(D("1234.5"), ",.2f"), D(3.25).as_tuple())


@section
def fractions_statistics():
    import statistics
    from fractions import Fraction as F
    print(F(3, 4) + F(1, 6), F("0.125"), F(1.5), F(7, 3).limit_denominator(2), round(F(7, 2)), F(2, 3) ** 2)
    print(statistics.mean([1, 2, 3, 4]), statistics.median_low([1, 3, 5, 7]), statistics.pvariance([1, 2, 3, 4]))
    print(statistics.mode([1, 1, 2]), statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4))


@section
def random_secrets():
    import random
    import secrets
    r = random.Random(12345)
    print(r.random(), r.randint(1, 100), r.choice("abcdef"), r.sample(range(50), 5), r.gauss(0, 1))
    lst = list(range(10))
    r.shuffle(lst)
    print(lst, r.uniform(1, 2), r.getrandbits(70), r.choices("abc", weights=[1, 0, 5], k=4), r.randbytes(4))
    random.seed("fixed", version=2)
    print(random.random(), random.randrange(0, 100, 7))
    print(len(secrets.token_hex(16)), len(secrets.token_bytes(8)), len(secrets.token_urlsafe(12)), 0 <= secrets.randbelow(10) < 10)
    print(secrets.compare_digest(b"a", b"a"), secrets.choice("x"))


@section
def struct_():
    import struct
    b = struct.pack("<hIq?3sd", -2, 7, -1, True, b"ab", 1.5)
    print(b, struct.unpack("<hIq?3sd", b), struct.calcsize("@iq"), struct.Struct(">H").pack(258))
    print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
    try:
        struct.pack("b", 300)
    except struct.error as e:
        print("struct.error", e)


@section
def hashlib_hmac():
    import hashlib
    import hmac
    for name in ("md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b"):
        print(name, hashlib.new(name, b"abc").hexdigest()[:32])
    print(hashlib.sha256(b"x").digest_size)
    print(hmac.new(b"key", b"msg", "sha256").hexdigest(), hmac.compare_digest("a", "a"))
    print(hashlib.shake_128(b"x").hexdigest(8), sorted(hashlib.algorithms_guaranteed)[:5])


@section
def uuid_():
    import uuid
    print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "http://x"))
    u = uuid.UUID("12345678-1234-5678-1234-567812345678")
    print(u.hex, u.int, u.version, u.bytes_le, str(uuid.uuid4()).count("-"), uuid.uuid1().version)


@section
def zlib_gzip():
    import gzip
    import zlib
    data = b"hello hello hello hello" * 20
    c = zlib.compress(data, 9)
    print(len(c) < 40, zlib.decompress(c) == data, zlib.crc32(data), zlib.adler32(data))
    co = zlib.compressobj(wbits=-15)
    raw = co.compress(data) + co.flush()
    print(zlib.decompress(raw, -15) == data)
    g = gzip.compress(data, mtime=0)
    print(g[:10], gzip.decompress(g) == data)
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
        f.write(b"abc")
    print(gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue())).read())
