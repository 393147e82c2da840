# _lzma: round trips in every format and filter, decoding CPython-made
# streams (embedded below), incremental decompression and error paths.
import lzma, _lzma, random

r = random.Random(7)
words = [b'alpha ', b'beta ', b'gamma ', b'delta\n', b'\xe8\x00\x01\x00\x00', b'\x00\x00\x00\xeb', b'\xf0\xf0\xf8\xf8']
text = b''.join(r.choice(words) for _ in range(3000)) + bytes(5000) + r.randbytes(3000)

print([(n, getattr(_lzma, n)) for n in sorted(dir(_lzma)) if n.isupper()])
configs = [
    (lzma.FORMAT_XZ, {}), (lzma.FORMAT_ALONE, {}), (lzma.FORMAT_XZ, {'check': lzma.CHECK_SHA256}),
    (lzma.FORMAT_XZ, {'check': lzma.CHECK_NONE}), (lzma.FORMAT_XZ, {'check': lzma.CHECK_CRC32}),
    (lzma.FORMAT_RAW, {'filters': [{'id': lzma.FILTER_LZMA2}]}),
    (lzma.FORMAT_RAW, {'filters': [{'id': lzma.FILTER_LZMA1, 'lc': 1, 'lp': 2, 'pb': 0, 'dict_size': 65536}]}),
    (lzma.FORMAT_XZ, {'filters': [{'id': lzma.FILTER_DELTA, 'dist': 4}, {'id': lzma.FILTER_LZMA2, 'preset': 1}]}),
    (lzma.FORMAT_XZ, {'filters': [{'id': lzma.FILTER_X86, 'start_offset': 100}, {'id': lzma.FILTER_LZMA2}]}),
    (lzma.FORMAT_XZ, {'filters': [{'id': lzma.FILTER_ARM}, {'id': lzma.FILTER_LZMA2}]}),
    (lzma.FORMAT_XZ, {'filters': [{'id': lzma.FILTER_ARMTHUMB}, {'id': lzma.FILTER_LZMA2}]}),
    (lzma.FORMAT_XZ, {'filters': [{'id': lzma.FILTER_POWERPC}, {'id': lzma.FILTER_LZMA2}]}),
    (lzma.FORMAT_XZ, {'filters': [{'id': lzma.FILTER_SPARC, 'start_offset': 8}, {'id': lzma.FILTER_LZMA2}]}),
    (lzma.FORMAT_XZ, {'filters': [{'id': lzma.FILTER_IA64}, {'id': lzma.FILTER_LZMA2}]}),
    (lzma.FORMAT_XZ, {'preset': 0}), (lzma.FORMAT_XZ, {'preset': 9 | lzma.PRESET_EXTREME}),
]
for fmt, kw in configs:
    c = lzma.compress(text, fmt, **kw)
    filters = kw.get('filters') if fmt == lzma.FORMAT_RAW else None
    d = lzma.decompress(c, fmt if fmt == lzma.FORMAT_RAW else lzma.FORMAT_AUTO, filters=filters)
    print(fmt, kw, d == text, c[:6] if fmt != lzma.FORMAT_RAW else b'')

# Streams made by CPython (liblzma): multi-stream with padding, each check.
small = b'Hello, xz! ' * 20
cp = bytes.fromhex('fd377a585a000004e6d6b4460200210116000000742fe5a3e000db00125d00241949986f16028d088f6751e152f95c000000000016635fe740d2a1fe00012edc01000000a6454a0ab1c467fb020000000004595a')
print(lzma.decompress(cp) == small, lzma.decompress(cp + bytes(4) + cp) == small * 2)
for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256):
    c = lzma.compress(small, check=check)
    d = lzma.LZMADecompressor()
    print('check', check, d.check, d.decompress(c) == small, d.check, d.eof, d.unused_data)
two = lzma.compress(small) + bytes(8) + lzma.compress(b'second', check=lzma.CHECK_CRC32) + bytes(4)
print(lzma.decompress(two) == small + b'second')
d = lzma.LZMADecompressor()
print(len(d.decompress(two)), d.eof, len(d.unused_data))

# Incremental decoding with max_length.
c = lzma.compress(text)
d = lzma.LZMADecompressor()
out = []
for i in range(0, len(c), 1000):
    out.append(d.decompress(c[i:i + 1000], 3000))
    while not d.needs_input and not d.eof:
        out.append(d.decompress(b'', 3000))
print(b''.join(out) == text, d.eof, max(map(len, out)), d.needs_input)
d = lzma.LZMADecompressor()
print(d.decompress(c[:50], 0), d.needs_input, d.decompress(c[50:], 10), d.needs_input, d.eof)
try:
    d = lzma.LZMADecompressor(); d.decompress(c); d.decompress(b'x')
except EOFError as e:
    print('EOFError', e)

co = lzma.LZMACompressor()
head = co.compress(b'abc')
print(head)
print(lzma.decompress(head + co.flush()) == b'abc')
for f in [lambda: co.flush(), lambda: co.compress(b'x')]:
    try: f()
    except ValueError as e: print('ValueError', e)

print(_lzma._encode_filter_properties({'id': lzma.FILTER_LZMA2, 'dict_size': 100000}),
      _lzma._encode_filter_properties({'id': lzma.FILTER_LZMA1, 'preset': 6}),
      _lzma._encode_filter_properties({'id': lzma.FILTER_DELTA, 'dist': 7}),
      _lzma._encode_filter_properties({'id': lzma.FILTER_X86, 'start_offset': 16}))
for fid, p in [(lzma.FILTER_LZMA1, b']\x00\x00\x80\x00'), (lzma.FILTER_LZMA2, b'\x10'), (lzma.FILTER_LZMA2, b'\x28'),
               (lzma.FILTER_DELTA, b'\x03'), (lzma.FILTER_X86, b'\x10\x00\x00\x00'), (lzma.FILTER_ARM, b'\x00\x01\x00\x00')]:
    print(_lzma._decode_filter_properties(fid, p))
print([_lzma.is_check_supported(i) for i in range(17)])

def err(f):
    try:
        r = f()
        print(repr(r)[:60])
    except Exception as e:
        print(type(e).__name__, e)

bad = [
    lambda: lzma.decompress(b'not an xz file at all, sorry'),
    lambda: lzma.decompress(b'\xfd7zXZ\x00\x00\x04\xe6\xd6\xb4G' + bytes(20)),
    lambda: lzma.decompress(c[:-5]),
    lambda: lzma.decompress(c[:40] + bytes([c[40] ^ 0xFF]) + c[41:]),
    lambda: lzma.decompress(c[:-14] + b'\x00' + c[-13:]),
    lambda: lzma.decompress(c, format=lzma.FORMAT_ALONE),
    lambda: lzma.decompress(lzma.compress(small, format=lzma.FORMAT_ALONE), format=lzma.FORMAT_XZ),
    lambda: lzma.decompress(c, memlimit=1024),
    lambda: lzma.decompress(b'', format=lzma.FORMAT_RAW, filters={}),
    lambda: lzma.compress(b'', filters=1024), lambda: lzma.compress(b'', filters=[]),
    lambda: lzma.compress(b'', filters=[1]), lambda: lzma.compress(b'', filters='ab'),
    lambda: lzma.compress(b'', filters=[{'id': 3}]), lambda: lzma.decompress(b'', format=lzma.FORMAT_RAW, filters=[]),
    lambda: lzma.compress(b'', filters=[{'id': 33}] * 5),
    lambda: lzma.compress(b'', format=lzma.FORMAT_RAW, filters=[{'id': lzma.FILTER_X86}]),
    lambda: _lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=[{'id': lzma.FILTER_X86}]),
    lambda: lzma.compress(b'', check=2), lambda: lzma.compress(b'', preset=10),
    lambda: lzma.compress(b'', format=2, preset=10), lambda: lzma.compress(b'', format=5),
    lambda: lzma.compress(b'', format=2, check=4), lambda: _lzma.LZMADecompressor(format=9),
    lambda: lzma.compress(b'', preset=3, filters=[{'id': lzma.FILTER_LZMA2}]),
    lambda: lzma.compress(b'', filters=[{'id': lzma.FILTER_LZMA2, 'foo': 1}]),
    lambda: lzma.compress(b'', filters=[{'id': 99}]), lambda: lzma.compress(b'', filters=[{}]),
    lambda: lzma.compress(b'', format=lzma.FORMAT_ALONE, filters=[{'id': lzma.FILTER_LZMA2}]),
    lambda: lzma.compress(b'', filters=[{'id': lzma.FILTER_LZMA2, 'lc': 4, 'lp': 1}]),
    lambda: lzma.decompress(b'', format=lzma.FORMAT_RAW, memlimit=5),
    lambda: lzma.decompress(b'', filters=[{'id': lzma.FILTER_LZMA2}]),
    lambda: _lzma.LZMADecompressor(format=lzma.FORMAT_RAW),
    lambda: _lzma._decode_filter_properties(99, b''), lambda: _lzma._decode_filter_properties(lzma.FILTER_LZMA2, b''),
    lambda: _lzma._decode_filter_properties(lzma.FILTER_LZMA1, b'\xff\0\0\0\0'),
    lambda: _lzma._encode_filter_properties({'id': 99}), lambda: _lzma._encode_filter_properties({}),
    lambda: lzma.LZMADecompressor().decompress('str'), lambda: lzma.LZMACompressor().compress('str'),
]
for f in bad:
    err(f)
