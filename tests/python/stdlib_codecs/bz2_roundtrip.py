# bz2 round trips of varied data, incremental compression and decompression
# with max_length, multi-stream data and corrupt input.
import bz2, random, io
random.seed(7)
cases = [b'', b'a', b'ab' * 5, b'abc' * 1000, b'a' * 5000, bytes(range(256)) * 30,
         bytes(random.getrandbits(8) for _ in range(3000)),
         bytes(random.choice(b'abc') for _ in range(20000)), b'\x00' * 100000 + b'\x01' * 7]
for c in cases:
    for level in (1, 9):
        z = bz2.compress(c, level)
        assert z.startswith(b'BZh%d' % level)
        print(len(c), level, bz2.decompress(z) == c)
# incremental, with small pieces of input and output
c = b''.join(b'line %d\n' % i for i in range(3000))
comp = bz2.BZ2Compressor(3)
z = b''.join(comp.compress(c[i:i + 100]) for i in range(0, len(c), 100)) + comp.flush()
d = bz2.BZ2Decompressor()
out = []
for i in range(0, len(z), 37):
    out.append(d.decompress(z[i:i + 37], 50))
    while not d.needs_input and not d.eof:
        out.append(d.decompress(b'', 50))
print(b''.join(out) == c, d.eof, d.unused_data)
# multiple streams and trailing data
z2 = bz2.compress(b'one') + bz2.compress(b'two')
print(bz2.decompress(z2))
d = bz2.BZ2Decompressor()
print(d.decompress(z2), d.eof, d.unused_data == bz2.compress(b'two'))
with bz2.BZ2File(io.BytesIO(z2 + b'\0' * 10)) as f:
    print(f.read())
# corruption
z = bytearray(bz2.compress(b'hello world' * 100))
z[20] ^= 0x55
try:
    bz2.decompress(bytes(z))
except Exception as e:
    print(type(e).__name__, e)
try:
    bz2.decompress(bz2.compress(b'abc')[:-4])
except Exception as e:
    print(type(e).__name__, e)
