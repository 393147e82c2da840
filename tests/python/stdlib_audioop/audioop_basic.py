# audioop: every function at every width, saturation, and the error paths.
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    import audioop
print([(x.category.__name__, str(x.message)) for x in w])
print(audioop.error.__module__, audioop.error.__mro__[1].__name__)


def pack(width, values):
    return b"".join((v & ((1 << 8 * width) - 1)).to_bytes(width, "little") for v in values)


def lims(width):
    return -(1 << (8 * width - 1)), (1 << (8 * width - 1)) - 1


def sample(width):
    lo, hi = lims(width)
    return pack(width, [0, 1, -1, hi, lo, hi // 3, lo // 5, 12345 % (hi + 1), -7, 100 % (hi + 1)])


def show(name, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(name, r)


for width in (1, 2, 3, 4):
    d = sample(width)
    lo, hi = lims(width)
    print("width", width)
    show("getsample", lambda: [audioop.getsample(d, width, i) for i in range(len(d) // width)])
    for fn in ("max", "minmax", "avg", "rms", "avgpp", "maxpp", "cross", "reverse", "byteswap",
               "lin2ulaw", "lin2alaw"):
        show(fn, getattr(audioop, fn), d, width)
    for f in (0.0, 0.5, 1.0, 2.0, -1.0, -3.5, 1e10):
        show("mul %r" % f, audioop.mul, d, width, f)
    show("tomono", audioop.tomono, d, width, 0.5, 0.5)
    show("tomono 2", audioop.tomono, d, width, 1.0, 1.0)
    show("tomono 3", audioop.tomono, d, width, -1, 2)
    show("tostereo", audioop.tostereo, d, width, 1, -1)
    show("tostereo 2", audioop.tostereo, d, width, 2.5, 0.25)
    show("add", audioop.add, d, d, width)
    show("add2", audioop.add, d, audioop.reverse(d, width), width)
    for b in (0, 1, -1, 1000, hi, lo, 2**31 - 1, -2**31):
        show("bias %d" % b, audioop.bias, d, width, b)
    for nw in (1, 2, 3, 4):
        show("lin2lin %d" % nw, audioop.lin2lin, d, width, nw)
    show("ulaw2lin", audioop.ulaw2lin, bytes(range(0, 256, 7)), width)
    show("alaw2lin", audioop.alaw2lin, bytes(range(0, 256, 7)), width)
    show("ulaw roundtrip", lambda: audioop.ulaw2lin(audioop.lin2ulaw(d, width), width))
    show("alaw roundtrip", lambda: audioop.alaw2lin(audioop.lin2alaw(d, width), width))
    show("lin2adpcm", audioop.lin2adpcm, d, width, None)
    show("lin2adpcm st", audioop.lin2adpcm, d, width, (1000, 40))
    show("adpcm2lin", audioop.adpcm2lin, b"\x01\x23\x45\x67\x89\xab\xcd\xef\xff", width, None)
    show("adpcm2lin st", audioop.adpcm2lin, b"\x7f\x80", width, (-32768, 88))
    show("adpcm roundtrip", lambda: audioop.adpcm2lin(audioop.lin2adpcm(d, width, None)[0], width, None))
    show("ratecv up", audioop.ratecv, d, width, 1, 8000, 16000, None)
    show("ratecv down", audioop.ratecv, d, width, 1, 16000, 8000, None)
    show("ratecv 3/7", audioop.ratecv, d, width, 2, 3, 7, None, 2, 1)
    st = audioop.ratecv(d, width, 1, 11025, 8000, None)[1]
    show("ratecv state", audioop.ratecv, d, width, 1, 11025, 8000, st)
    show("ratecv empty", audioop.ratecv, b"", width, 1, 3, 2, None)
    show("empty", lambda: [getattr(audioop, f)(b"", width) for f in ("max", "minmax", "avg", "rms", "avgpp", "maxpp", "cross")])
    show("not whole", audioop.max, d + b"\0", width) if width > 1 else None
    show("getsample range", audioop.getsample, d, width, 10)
    show("getsample neg", audioop.getsample, d, width, -1)

print("width 2 only")
d = pack(2, [0, 100, 2000, -300, 4000, 50, -6000, 7000, 80, -9000, 100, 3])
ref = pack(2, [2000, -300, 4000])
show("findfit", audioop.findfit, d, ref)
show("findfactor", audioop.findfactor, d, audioop.mul(d, 2, 2.0))
show("findmax", audioop.findmax, d, 3)
show("findmax 0", audioop.findmax, d, 0)
show("findfit short", audioop.findfit, ref, d)
show("findfit odd", audioop.findfit, d + b"x", ref)
show("findfactor size", audioop.findfactor, d, ref)
show("findfactor odd", audioop.findfactor, b"abc", b"abc")
show("findmax long", audioop.findmax, d, 13)
show("findmax neg", audioop.findmax, d, -1)
show("findmax odd", audioop.findmax, b"abc", 1)

print("errors")
for w in (0, 5, -1):
    show("size %d" % w, audioop.max, b"abcd", w)
    show("lin2lin new %d" % w, audioop.lin2lin, b"abcd", 2, w)
show("ulaw2lin size", audioop.ulaw2lin, b"abc", 5)
show("adpcm2lin size", audioop.adpcm2lin, b"abc", 0, None)
show("whole", audioop.minmax, b"abc", 2)
show("tomono whole", audioop.tomono, b"abcdef", 2, 1, 1)
show("add len", audioop.add, b"ab", b"abcd", 2)
show("add whole", audioop.add, b"abc", b"abc", 2)
show("str", audioop.max, "abcd", 2)
show("float width", audioop.max, b"abcd", 2.0)
show("big width", audioop.max, b"abcd", 2**31)
show("factor", audioop.mul, b"abcd", 2, "x")
show("bias big", audioop.bias, b"abcd", 2, 2**31)
show("args", audioop.getsample, b"ab", 2)
show("neg width", audioop.max, b"abcd", -2**40)
show("index big", audioop.getsample, b"ab", 2, 2**63)
show("findmax big", audioop.findmax, b"ab", 2**63)
show("ratecv big", audioop.ratecv, b"ab", 2**31, 1, 1, 1, None)
show("adpcm state big", audioop.lin2adpcm, b"ab", 2, (2**31, 0))
show("adpcm state small", audioop.lin2adpcm, b"ab", 2, (-2**31 - 1, 0))
show("ratecv state big", audioop.ratecv, b"ab", 2, 1, 1, 1, (2**40, ((1, 2),)))
show("ratecv state sub", audioop.ratecv, b"ab", 2, 1, 1, 1, (0, ((1, 2),)))
show("bytearray", audioop.max, bytearray(b"\x01\x80"), 1)
show("noncontig", audioop.max, memoryview(b"abcdefgh")[::2], 1)
released = memoryview(b"ab")
released.release()
show("released", audioop.max, released, 1)
show("None", audioop.max, None, 1)
show("nan", lambda: [audioop.mul(b"\x01\x00\x02\x00", w, float("nan")) for w in (1, 2, 4)])
show("nan zero", lambda: (audioop.findfactor(b"\0\0", b"\0\0"), audioop.findfit(b"\0\0\0\0", b"\0\0")))
show("complex", audioop.mul, b"ab", 1, 1j)
show("memoryview", audioop.rms, memoryview(b"\x01\x80\x02\x03"), 2)
for st in (5, (1,), (1, 2, 3), ("a", 1), (0x8000, 0), (0, 89), (0, -1), [0, 0]):
    show("adpcm state %r" % (st,), audioop.lin2adpcm, b"abcd", 2, st)
for st in (5, (1,), ("a", ()), (1, []), (1, ((1, 2), (3, 4))), (1, (5,)), (1, ((1,),)), (1, (("a", 2),))):
    show("ratecv state %r" % (st,), audioop.ratecv, b"abcd", 2, 1, 8000, 16000, st)
for a in ((b"ab", 2, 0, 1, 1, None), (b"ab", 2, 1, 0, 1, None), (b"ab", 2, 1, 1, 1, None, 0),
          (b"ab", 2, 1, 1, 1, None, 1, -1), (b"abc", 2, 1, 1, 1, None), (b"ab", 5, 1, 1, 1, None),
          (b"ab", 4, 1 << 30, 1, 1, None), (b"ab", 2, 1, 1, 1, None, 1, 0, 9)):
    show("ratecv %r" % (a[1:],), audioop.ratecv, *a)
print(audioop.ratecv(b"\x00\x10\x00\x20" * 50, 2, 2, 44100, 22050, None, 3, 2))
print(audioop.ratecv(b"\x7f\x80" * 9, 1, 1, 2, 5, None))
