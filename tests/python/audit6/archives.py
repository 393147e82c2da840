import gzip, bz2, lzma, zipfile, tarfile, io, os, tempfile, shutil, struct, zlib, hashlib, time
tmp = tempfile.mkdtemp()
def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, str(e).replace(tmp, "TMP"))
data = b"line %d of the data file\n" * 5
data = b"".join(b"line %d of the data\n" % i for i in range(200))
gz = gzip.compress(data, mtime=0)
t("gzip header", lambda: gz[:10])
t("gzip roundtrip", lambda: gzip.decompress(gz) == data)
t("gzip bad", lambda: gzip.decompress(b"not gzip data"))
t("gzip trunc", lambda: gzip.decompress(gz[:-10]))
t("gzip crc", lambda: gzip.decompress(gz[:-8] + b"\0\0\0\0" + gz[-4:]))
p = os.path.join(tmp, "f.gz")
with gzip.open(p, "wt", encoding="utf-8") as f:
    f.write("héllo\nworld\n")
with gzip.open(p, "rt", encoding="utf-8") as f:
    print(f.readlines())
with gzip.GzipFile(p) as f:
    print(f.read(3), f.tell(), f.seek(1), f.read(2), f.name.endswith("f.gz"), f.mode)
t("gzip mode", lambda: gzip.open(p, "rw"))
t("gzip bin+enc", lambda: gzip.open(p, "rb", encoding="utf-8"))
t("gzip closed", lambda: (lambda f: (f.close(), f.read()))(gzip.open(p)))
t("gzip multi", lambda: gzip.decompress(gzip.compress(b"a") + gzip.compress(b"b")))
bz = bz2.compress(data, 9)
t("bz2", lambda: (bz[:4], bz2.decompress(bz) == data, bz2.decompress(bz + bz) == data * 2))
t("bz2 bad", lambda: bz2.decompress(b"garbage"))
t("bz2 level", lambda: bz2.compress(b"x", 10))
d = bz2.BZ2Decompressor(); t("bz2 obj", lambda: (d.decompress(bz[:50]), d.needs_input, d.eof))
for fmt in (lzma.FORMAT_XZ, lzma.FORMAT_ALONE):
    c = lzma.compress(data, format=fmt)
    t(f"lzma {fmt}", lambda: (c[:6] if fmt == lzma.FORMAT_XZ else len(c) > 0, lzma.decompress(c) == data))
t("lzma raw", lambda: lzma.decompress(lzma.compress(b"raw", format=lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_LZMA2}]), format=lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_LZMA2}]))
t("lzma bad", lambda: lzma.decompress(b"garbage"))
t("lzma check", lambda: (lzma.is_check_supported(lzma.CHECK_SHA256), lzma.compress(b"", check=lzma.CHECK_NONE)[:8]))
t("lzma bad filter", lambda: lzma.compress(b"x", filters=[{"id": 12345}]))
zp = os.path.join(tmp, "a.zip")
with zipfile.ZipFile(zp, "w", compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("dir/a.txt", date_time=(2020, 1, 2, 3, 4, 6)), "alpha\n" * 50)
    z.writestr(zipfile.ZipInfo("b.bin", date_time=(2021, 5, 6, 7, 8, 10)), b"\x00\x01" * 10, compress_type=zipfile.ZIP_STORED)
    zi = zipfile.ZipInfo("c.bz", date_time=(2022, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_BZIP2
    z.writestr(zi, b"bz" * 100)
    zi = zipfile.ZipInfo("d.xz", date_time=(2022, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_LZMA
    z.writestr(zi, b"xz" * 100)
    z.comment = b"archive comment"
with zipfile.ZipFile(zp) as z:
    print(z.namelist(), z.comment, z.testzip())
    for i in z.infolist():
        print(i.filename, i.file_size, i.compress_type, i.date_time, i.CRC, i.is_dir())
    print(z.read("dir/a.txt")[:12], z.getinfo("b.bin").compress_size)
    with z.open("dir/a.txt") as f:
        print(f.readline(), f.read(5))
    t("missing member", lambda: z.read("nope"))
    z.extractall(os.path.join(tmp, "ex"))
print(sorted(os.path.relpath(os.path.join(d, f), tmp) for d, _, fs in os.walk(os.path.join(tmp, "ex")) for f in fs))
t("is_zipfile", lambda: (zipfile.is_zipfile(zp), zipfile.is_zipfile(p)))
t("bad zip", lambda: zipfile.ZipFile(p))
t("zip mode", lambda: zipfile.ZipFile(zp, "q"))
t("zip closed", lambda: (lambda z: (z.close(), z.read("b.bin")))(zipfile.ZipFile(zp)))
import warnings
with zipfile.ZipFile(zp, "a") as z, warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    t("dup name", lambda: z.writestr(zipfile.ZipInfo("b.bin", date_time=(2021, 1, 1, 0, 0, 0)), b"dup"))
t("zip date", lambda: zipfile.ZipInfo("x", date_time=(1970, 1, 1, 0, 0, 0)))
bio = io.BytesIO()
with tarfile.open(fileobj=bio, mode="w:gz", format=tarfile.PAX_FORMAT) as tf:
    for name, payload in (("pkg/a.txt", b"aaa\n"), ("pkg/sub/b.txt", b"b" * 600), ("long/" + "n" * 120 + ".txt", b"long")):
        ti = tarfile.TarInfo(name); ti.size = len(payload); ti.mtime = 1600000000; ti.mode = 0o644; ti.uname = "u"; ti.gname = "g"
        tf.addfile(ti, io.BytesIO(payload))
    di = tarfile.TarInfo("pkg/emptydir"); di.type = tarfile.DIRTYPE; di.mtime = 0; di.mode = 0o755
    tf.addfile(di)
    li = tarfile.TarInfo("pkg/link"); li.type = tarfile.SYMTYPE; li.linkname = "a.txt"; li.mtime = 0
    tf.addfile(li)
bio.seek(0)
with tarfile.open(fileobj=bio, mode="r:*") as tf:
    for m in tf.getmembers():
        print(m.name[:20], m.size, oct(m.mode), m.type, m.isdir(), m.issym(), m.linkname, m.uname, m.mtime)
    print(tf.extractfile("pkg/a.txt").read(), tf.extractfile("pkg/emptydir"))
    t("tar missing", lambda: tf.getmember("zz"))
    tf.list(verbose=False)
    tf.extractall(os.path.join(tmp, "tx"))
print(sorted(os.path.relpath(os.path.join(d, f), tmp)[:30] for d, _, fs in os.walk(os.path.join(tmp, "tx")) for f in fs))
t("tar bad", lambda: tarfile.open(fileobj=io.BytesIO(b"x" * 1024)))
t("tar mode", lambda: tarfile.open(os.path.join(tmp, "n.tar"), "x:zz"))
t("tar is", lambda: (tarfile.is_tarfile(zp), tarfile.is_tarfile(io.BytesIO(bio.getvalue()))))
t("tar header", lambda: tarfile.TarInfo("x").tobuf(tarfile.USTAR_FORMAT)[:100].rstrip(b"\0"))
t("tar bigname ustar", lambda: tarfile.TarInfo("n" * 300).tobuf(tarfile.USTAR_FORMAT))
shutil.rmtree(tmp)
