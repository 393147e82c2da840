# Decompress objects: max_length with unconsumed_tail, unused_data after
# the end, flush, copy, preset dictionaries and zlib's error messages.
import zlib

text = b"".join(b"%d little lambs %s\n" % (i, b"baa" * (i % 5)) for i in range(3000))
z = zlib.compress(text, 6)

d = zlib.decompressobj()
x = d.decompress(z, 100)
print(len(x), len(d.unconsumed_tail), d.eof)
y = d.decompress(d.unconsumed_tail, 100)
print(len(y), len(d.unconsumed_tail), x + y == text[:200])
rest = d.flush()
print(len(rest), d.eof, x + y + rest == text, d.unconsumed_tail, d.unused_data)
try:
    d.copy()
except Exception as e:
    print(type(e).__name__, e)
try:
    d.decompress(b"x")
except Exception as e:
    print(type(e).__name__, e)

# chunked feeding with a small limit, then data after the end
d = zlib.decompressobj()
out = []
data = z + b"JUNK"
for i in range(0, len(data), 333):
    out.append(d.decompress(data[i:i + 333], 50))
    while d.unconsumed_tail and not d.eof:
        out.append(d.decompress(d.unconsumed_tail, 50))
print(b"".join(out) == text, d.eof, d.unused_data, d.unconsumed_tail, len(out))
print(d.decompress(b"more"), d.unused_data)

c = zlib.compress(b"x" * 10, 6, -15)
d = zlib.decompressobj(-15)
for i in range(6):
    print(d.decompress(d.unconsumed_tail if i else c + b"JUNK", 3), d.unconsumed_tail, d.unused_data, d.eof)

# copy in the middle
d = zlib.decompressobj()
a = d.decompress(z[:len(z) // 2])
e = d.copy()
print(a + d.decompress(z[len(z) // 2:]) == text, a + e.decompress(z[len(z) // 2:]) == text, e.eof)

# flush with a length and an incomplete stream
d = zlib.decompressobj()
print(len(d.decompress(z[:-10], 10)), len(d.flush(7)), d.eof, len(d.unconsumed_tail))
d = zlib.decompressobj()
print(len(d.decompress(z[:-3])), d.flush(), d.eof)
for bad in (0, -1):
    try:
        zlib.decompressobj().flush(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    zlib.decompressobj().decompress(b"", -1)
except Exception as e:
    print(type(e).__name__, e)

# dictionaries
zd = b"lambs baa little"
c = zlib.compressobj(zdict=zd)
zz = c.compress(text[:500]) + c.flush()
print(zlib.decompressobj(zdict=zd).decompress(zz) == text[:500])
for args in ((), (b"wrong dictionary",)):
    try:
        print(zlib.decompressobj(15, *args).decompress(zz))
    except Exception as e:
        print(type(e).__name__, e)
try:
    zlib.decompress(zz)
except Exception as e:
    print(type(e).__name__, e)
c = zlib.compressobj(wbits=-12, zdict=zd)
zz = c.compress(text[:500]) + c.flush()
print(zlib.decompressobj(-12, zdict=zd).decompress(zz) == text[:500])

# formats and errors of one-shot decompress
print(zlib.decompress(zlib.compress(text, 1, 31), 47) == text, zlib.decompress(z, 0) == text,
      zlib.decompress(zlib.compress(text, 9, 25), 16) == text, zlib.decompress(z, 32) == text)
for w in range(-16, 50):
    try:
        zlib.decompressobj(w)
    except Exception as e:
        print(w, type(e).__name__, e)
for bad in (z[:-3], z[:5], b"", b"\x78\x9c\x07", b"\x78\x9d", b"\x79\x9c", b"\x08\x1d",
            b"\x78\x9c\x03\x00\x00\x00\x00\x02", z + b"junk", b"\x1f\x8b\x08\xe0",
            b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\x03\x00\x00\x00\x00\x00\x01\x00\x00\x00",
            b"\x78\x9c\xfd\x00", b"\x78\x9c\x05\xe0\xff\xff", b"x\x9c\x04\xc0\x81\x00\x00\x00\x00\x80\x90\xfe\x7f\x01"):
    for w in (15, 31, 47, -15):
        try:
            print(zlib.decompress(bad, w))
        except Exception as e:
            print(w, type(e).__name__, e)
try:
    zlib.decompress(z, 15, -1)
except Exception as e:
    print(type(e).__name__, e)
print(zlib.decompress(z, 15, 0) == text, zlib.decompress(z, bufsize=1) == text)
