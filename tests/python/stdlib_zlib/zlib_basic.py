import zlib
data = b'hello world ' * 200 + bytes(range(256)) * 4
for wbits in (15, 9, -15, -9, 31, 25):
    for level in (-1, 0, 1, 6, 9):
        c = zlib.compress(data, level, wbits)
        d = zlib.decompress(c, wbits)
        print(wbits, level, d == data, zlib.decompress(c, 47 if wbits > 0 else wbits) == data if wbits > 0 else True)
print(zlib.crc32(data), zlib.crc32(data, 12345), zlib.crc32(b''), zlib.crc32(b'abc', -1), zlib.crc32(b'abc', 2**40+5))
print(zlib.adler32(data), zlib.adler32(data, 12345), zlib.adler32(b''), zlib.adler32(b'abc', 0), zlib.adler32(b'x'*10000, 0xfff0fff0))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_BEST_COMPRESSION, zlib.DEF_BUF_SIZE, zlib.ZLIB_VERSION)
# Recorded from CPython 3.11
cz = b'x\xda\xcbH\xcd\xc9\xc9W(\xcf/\xcaIQ\xc8\x18\x01\xec\xc4\xa4\xe4A\x88\x00\xd6-\x93\x1d'
gz = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03KLJN\x1cj\x08\x00d55!\xb4\x00\x00\x00'
rz = b"c`dbfaec\xe7\xe0\xe4\xe2\xe6\xe1\xe5\xe3\x17\x10\x14\x12\x16\x11\x15\x13\x97\x90\x94\x92\x96\x91\x95\x93WPTRVQUS\xd7\xd0\xd4\xd2\xd6\xd1\xd5\xd370426153\xb7\xb0\xb4\xb2\xb6\xb1\xb5\xb3wptrvqus\xf7\xf0\xf4\xf2\xf6\xf1\xf5\xf3\x0f\x08\x0c\n\x0e\t\r\x0b\x8f\x88\x8c\x8a\x8e\x89\x8d\x8bOHLJNIMK\xcf\xc8\xcc\xca\xce\xc9\xcd\xcb/(,*.)-+\xaf\xa8\xac\xaa\xae\xa9\xad\xabohljnimk\xef\xe8\xec\xea\xee\xe9\xed\xeb\x9f0q\xd2\xe4)S\xa7M\x9f1s\xd6\xec9s\xe7\xcd_\xb0p\xd1\xe2%K\x97-_\xb1r\xd5\xea5k\xd7\xad\xdf\xb0q\xd3\xe6-[\xb7m\xdf\xb1s\xd7\xee={\xf7\xed?p\xf0\xd0\xe1#G\x8f\x1d?q\xf2\xd4\xe93g\xcf\x9d\xbfp\xf1\xd2\xe5+W\xaf]\xbfq\xf3\xd6\xed;w\xef\xdd\x7f\xf0\xf0\xd1\xe3'O\x9f=\x7f\xf1\xf2\xd5\xeb7o\xdf\xbd\xff\xf0\xf1\xd3\xe7/_\xbf}\xff\xf1\xf3\xd7\xef?\x7f\xff\xfdg\x18\xf5\xff\x88\x8e\x7f\x00"
print(zlib.decompress(cz)[:30], len(zlib.decompress(cz)))
print(zlib.decompress(gz, 31)[:20], zlib.decompress(gz, 47) == b'abcabc' * 30)
print(zlib.decompress(rz, -15) == bytes(range(256)) * 3)
do = zlib.decompressobj(31); print(len(do.decompress(gz[:13]) + do.decompress(gz[13:] + b'zz')), do.unused_data, do.eof)
c = zlib.compress(b'hello'*10)
for args in [(b'garbage',),(c[:-3],),(c[:-1]+b'x',),(c,100),(c,-15),(zlib.compress(b'a',wbits=31),15),(c,47),(b'\x78\xbb',),(c[:10],), (c+b'junk',)]:
  try: print(zlib.decompress(*args))
  except Exception as e: print(type(e).__name__, e)
for kw in [dict(wbits=100),dict(level=10)]:
  try: print(zlib.compress(b'x',**kw))
  except Exception as e: print(type(e).__name__, e)
for kw in [dict(wbits=100),dict(level=10),dict(memLevel=0),dict(method=7),dict(strategy=9)]:
  try: print(zlib.compressobj(**kw))
  except Exception as e: print(type(e).__name__, e)
for kw in [dict(wbits=100),dict(wbits=7), dict(zdict=1)]:
  try: print(zlib.decompressobj(**kw))
  except Exception as e: print(type(e).__name__, e)
# streaming
co = zlib.compressobj(9, zlib.DEFLATED, -15)
parts = [co.compress(data[i:i+100]) for i in range(0, len(data), 100)]
parts.append(co.flush(zlib.Z_SYNC_FLUSH))
parts.append(co.compress(b'tail'))
parts.append(co.flush())
stream = b''.join(parts)
do = zlib.decompressobj(-15)
out = b''
for i in range(0, len(stream), 7):
    out += do.decompress(stream[i:i+7])
out += do.flush()
print(out == data + b'tail', do.eof, do.unused_data, do.unconsumed_tail)
# max_length
do = zlib.decompressobj()
z = zlib.compress(data) + b'EXTRA'
chunks = []
buf = z
while not do.eof:
    chunks.append(do.decompress(buf, 1000))
    buf = do.unconsumed_tail
print([len(x) for x in chunks][:5], b''.join(chunks) == data, do.unused_data, do.eof)
print(do.decompress(b'more'), do.unused_data)
do = zlib.decompressobj()
try: do.decompress(b'x', -1)
except ValueError as e: print(e)
try: do.flush(0)
except ValueError as e: print(e)
# zdict
zd = b'hello world '
co = zlib.compressobj(zdict=zd); s = co.compress(data) + co.flush()
do = zlib.decompressobj(zdict=zd); print(do.decompress(s) == data, do.eof)
try: zlib.decompress(s)
except zlib.error as e: print(e)
# gzip / zipfile
import gzip, io, zipfile
g = gzip.compress(data)
print(gzip.decompress(g) == data)
bio = io.BytesIO()
with gzip.GzipFile(fileobj=bio, mode='wb', mtime=0) as f: f.write(data); f.write(b'more')
bio.seek(0)
with gzip.GzipFile(fileobj=bio) as f: print(f.read() == data + b'more')
zb = io.BytesIO()
with zipfile.ZipFile(zb, 'w', zipfile.ZIP_DEFLATED) as zf:
    zf.writestr('a.txt', data); zf.writestr('b.txt', b'small')
with zipfile.ZipFile(zb, metadata_encoding='utf-8') as zf:  # cp437 codec lookup is missing on Krait
    print(zf.namelist(), zf.read('a.txt') == data, zf.read('b.txt'))
    with zf.open('a.txt') as f: print(f.read(10), len(f.read()))
co = zlib.compressobj(); co.compress(b'a'); co.flush()
try: co.compress(b'x')
except zlib.error as e: print(e)
print(co.flush(zlib.Z_NO_FLUSH))
