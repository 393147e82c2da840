# zlib.compress and compressobj must give zlib 1.2.13's exact bytes for
# every level, strategy, memLevel, wbits and flush mode.
import hashlib
import zlib

text = b"".join(b"%d: the quick brown fox jumps over the lazy dog %d\n" % (i, i * i % 97) for i in range(2000))
binary = bytes((i * 7919 + (i >> 3) * 31) % 251 for i in range(50000))
runs = b"a" * 1000 + b"b" * 3 + b"abc" * 500 + bytes(range(256)) * 4


def h(b):
    return hashlib.sha256(b).hexdigest()[:16]


for name, data in (("text", text), ("binary", binary), ("runs", runs)):
    for level in range(-1, 10):
        print(name, level, len(zlib.compress(data, level)), h(zlib.compress(data, level)))
    for wbits in (9, 12, 15, -9, -15, 25, 31, 8):
        print(name, "wbits", wbits, h(zlib.compress(data, 6, wbits)))
    for strategy in range(5):
        for mem in (1, 5, 9):
            c = zlib.compressobj(6, zlib.DEFLATED, 15, mem, strategy)
            print(name, "strategy", strategy, mem, h(c.compress(data) + c.flush()))

print(zlib.compress(b""), zlib.compress(b"", 0), zlib.compress(b"a", 9, -15))
print(zlib.compress(b"abcabcabcabc" * 3, 1))

# flush modes in a stream
c = zlib.compressobj(6)
parts = [c.compress(text[:5000]), c.flush(zlib.Z_SYNC_FLUSH), c.flush(zlib.Z_SYNC_FLUSH),
         c.compress(text[5000:9000]), c.flush(zlib.Z_FULL_FLUSH), c.compress(b"x" * 10),
         c.flush(zlib.Z_BLOCK), c.compress(text[9000:20000]), c.flush(zlib.Z_PARTIAL_FLUSH),
         c.flush(zlib.Z_FINISH)]
print([len(p) for p in parts], h(b"".join(parts)))
print(zlib.decompress(b"".join(parts)) == text[:9000] + b"x" * 10 + text[9000:20000])

# level 0 stored blocks depend on the output buffer sizes
c = zlib.compressobj(0)
parts = [c.compress(binary * 3), c.compress(b"y" * 100), c.flush(zlib.Z_SYNC_FLUSH), c.flush()]
print([len(p) for p in parts], h(b"".join(parts)))

# preset dictionary
zd = text[:3000]
c = zlib.compressobj(zdict=zd)
z = c.compress(text[3000:8000]) + c.flush()
print(z[:6], h(z))
d = zlib.decompressobj(zdict=zd)
print(d.decompress(z) == text[3000:8000])
c = zlib.compressobj(wbits=-15, zdict=zd)
print(h(c.compress(text[3000:8000]) + c.flush()))
print(zlib.compressobj(zdict=b"").flush())

# copy
c = zlib.compressobj(9)
c.compress(text[:10000])
c2 = c.copy()
a = c.compress(b"tail one") + c.flush()
b = c2.compress(b"tail two") + c2.flush()
print(h(a), h(b))
import copy
c3 = copy.copy(zlib.compressobj())
print(c3.compress(b"hi") + c3.flush())

# errors
for args in ((b"x", 10), (b"x", -2), (b"x", 6, 7), (b"x", 6, -8), (b"x", 6, 24), (b"x", 6, 32)):
    try:
        zlib.compress(*args)
    except Exception as e:
        print(type(e).__name__, e)
for kw in ({"level": 10}, {"memLevel": 0}, {"memLevel": 10}, {"strategy": 5}, {"method": 9},
           {"wbits": 24}, {"wbits": 31, "zdict": b"abc"}):
    try:
        zlib.compressobj(**kw)
    except Exception as e:
        print(type(e).__name__, e)
c = zlib.compressobj()
c.compress(b"hello")
for mode in (6, -1):
    try:
        c.flush(mode)
    except Exception as e:
        print(type(e).__name__, e)
print(c.flush(2), c.flush(2), c.flush(1), c.flush())
for f in (lambda: c.compress(b"x"), c.flush, c.copy):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
