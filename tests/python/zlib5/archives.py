# gzip, zipfile and tarfile archives built with fixed times must match
# CPython's bytes exactly (they use zlib's deflate).
import gzip
import hashlib
import io
import tarfile
import zipfile

data = b"".join(b"record %05d %s\n" % (i, b"xyz" * (i % 7)) for i in range(4000))


def h(b):
    return hashlib.sha256(b).hexdigest()[:20]


for level in (1, 6, 9):
    print("gzip", level, h(gzip.compress(data, level, mtime=0)))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=1, filename="") as f:
    for i in range(0, len(data), 777):
        f.write(data[i:i + 777])
    f.flush()
    f.write(b"end")
print("gzipfile", h(buf.getvalue()))

for method, level in ((zipfile.ZIP_DEFLATED, None), (zipfile.ZIP_DEFLATED, 1), (zipfile.ZIP_DEFLATED, 9), (zipfile.ZIP_STORED, None)):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method, compresslevel=level) as z:
        for n in range(3):
            info = zipfile.ZipInfo("f%d.txt" % n, date_time=(2020, 1, 2, 3, 4, 6))
            info.compress_type = method
            z.writestr(info, data[n * 1000:] * (n + 1))
        with z.open(zipfile.ZipInfo("stream.bin", date_time=(2021, 5, 6, 7, 8, 10)), "w") as w:
            w.write(data)
    print("zip", method, level, h(buf.getvalue()))
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        print([len(z.read(n)) for n in z.namelist()], z.testzip())

buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w:gz", format=tarfile.USTAR_FORMAT) as t:
    info = tarfile.TarInfo("a.txt")
    info.size = len(data)
    info.mtime = 1000
    t.addfile(info, io.BytesIO(data))
raw = buf.getvalue()
# The gzip header holds the time; compare everything after it.
print("tar.gz", h(raw[10:]))
