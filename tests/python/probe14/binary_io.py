# Binary formats: struct, base64, binascii, hashlib, hmac, compression, archives, array, pickle, copy, shelve.
import struct, base64, binascii, hashlib, hmac, zlib, gzip, bz2, lzma, zipfile, tarfile
import array, io, pickle, copy, copyreg, shelve, dbm.dumb, tempfile, os, pathlib

rec = struct.Struct("<4sHhIq3xd?")
packed = rec.pack(b"KRAT", 3, -2, 4000000000, -(2**40), 1.5, True)
print(rec.size, packed.hex(" ", 4), rec.unpack(packed))
print(struct.calcsize("@ihq"), struct.calcsize("=ihq"), struct.pack(">hf", 1, 0.1), struct.unpack_from("!H", b"\x00\x01\x02", 1))
print(list(struct.iter_unpack("<BH", b"\x01\x02\x00\x03\x04\x00")))
buf = bytearray(8)
struct.pack_into(">I", buf, 2, 0xDEADBEEF)
print(buf)
try:
    struct.pack("b", 200)
except struct.error as e:
    print("struct.error:", e)

raw = bytes(range(0, 256, 7))
for enc in (base64.b64encode, base64.urlsafe_b64encode, base64.b32encode, base64.b16encode, base64.a85encode, base64.b85encode):
    print(enc.__name__, enc(raw[:20]))
print(base64.b64decode(base64.b64encode(raw)) == raw, base64.b64decode("aGk=\n"), base64.standard_b64decode(b"YQ=="))
try:
    base64.b64decode("abc", validate=True)
except binascii.Error as e:
    print("binascii.Error:", e)
print(binascii.hexlify(b"\x01\xab", "-"), binascii.unhexlify("cafe"), binascii.crc32(b"hello"), binascii.crc_hqx(b"hello", 0))
print(binascii.b2a_base64(b"xyz", newline=False), binascii.a2b_qp(b"a=3Db"), binascii.b2a_qp(b"caf\xe9 = x"))

for name in ("md5", "sha1", "sha256", "sha512", "blake2b", "sha3_256"):
    h = hashlib.new(name)
    h.update(b"The quick brown fox ")
    h.update(b"jumps over the lazy dog")
    print(name, h.digest_size, h.block_size, h.hexdigest()[:32])
print(hashlib.blake2s(b"x", digest_size=8, key=b"k").hexdigest(), hashlib.shake_128(b"x").hexdigest(10))
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex()[:32], hashlib.sha256(b"a").copy().hexdigest()[:8])
mac = hmac.new(b"secret", b"message", "sha256")
print(mac.hexdigest(), hmac.compare_digest(mac.digest(), hmac.digest(b"secret", b"message", "sha256")), mac.name)

text = ("line %d: the rain in spain falls mainly on the plain\n" * 50 % tuple(range(50))).encode()
z = zlib.compress(text, 9)
print(len(text), zlib.decompress(z) == text, zlib.adler32(text), zlib.crc32(text))
co = zlib.compressobj(6, zlib.DEFLATED, -15)
raw_deflate = co.compress(text) + co.flush()
do = zlib.decompressobj(-15)
print(do.decompress(raw_deflate[:100]) + do.decompress(raw_deflate[100:]) == text, do.eof)
print(gzip.decompress(gzip.compress(text, mtime=0)) == text, bz2.decompress(bz2.compress(text)) == text)
print(lzma.decompress(lzma.compress(text)) == text, lzma.decompress(lzma.compress(text, format=lzma.FORMAT_ALONE)) == text)
try:
    zlib.decompress(b"not compressed")
except zlib.error as e:
    print("zlib.error:", e)

with tempfile.TemporaryDirectory() as d:
    root = pathlib.Path(d)
    (root / "src").mkdir()
    (root / "src" / "a.txt").write_text("alpha\n" * 100)
    (root / "src" / "b.bin").write_bytes(bytes(range(256)))
    with gzip.open(root / "a.gz", "wt", encoding="utf-8") as f:
        f.write("héllo gzip\n")
    with gzip.open(root / "a.gz", "rt", encoding="utf-8") as f:
        print(repr(f.read()))
    with bz2.open(root / "a.bz2", "wb") as f:
        f.write(b"bz")
    with lzma.open(root / "a.xz", "w") as f:
        f.write(b"xz")
    print(bz2.open(root / "a.bz2").read(), lzma.open(root / "a.xz").read())
    zp = root / "arch.zip"
    with zipfile.ZipFile(zp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for p in sorted((root / "src").iterdir()):
            zf.write(p, arcname=f"data/{p.name}")
        zf.writestr("notes/readme.md", "# hi\n")
        zf.writestr(zipfile.ZipInfo("stored.txt", date_time=(2020, 1, 2, 3, 4, 6)), b"stored", compress_type=zipfile.ZIP_STORED)
    with zipfile.ZipFile(zp) as zf:
        print(zf.namelist(), zf.testzip())
        for info in zf.infolist():
            print(" ", info.filename, info.file_size, info.compress_type, info.is_dir())
        print(zf.read("notes/readme.md"), zf.getinfo("stored.txt").date_time)
        with zf.open("data/a.txt") as f:
            print(f.readline())
        zf.extractall(root / "out")
    print(sorted(str(p.relative_to(root / "out")) for p in (root / "out").rglob("*")))
    print(zipfile.is_zipfile(zp), zipfile.is_zipfile(root / "a.gz"))
    tp = root / "arch.tar.gz"
    with tarfile.open(tp, "w:gz") as tf:
        tf.add(root / "src", arcname="src")
        data = b"in-memory member"
        ti = tarfile.TarInfo("mem/x.dat")
        ti.size = len(data)
        ti.mtime = 0
        tf.addfile(ti, io.BytesIO(data))
    with tarfile.open(tp) as tf:
        print(sorted(tf.getnames()))
        m = tf.getmember("mem/x.dat")
        print(m.size, m.isfile(), tf.extractfile(m).read())
        tf.extractall(root / "tout")
    print((root / "tout" / "src" / "a.txt").read_text().count("alpha"))

    db = str(root / "shelf")
    with shelve.open(db) as sh:
        sh["cfg"] = {"a": [1, 2], "b": (3,)}
        sh["n"] = 42
    with shelve.open(db, flag="r") as sh:
        print(sorted(sh.keys()), sh["cfg"], "n" in sh)
    with dbm.dumb.open(str(root / "dumb"), "c") as dd:
        dd[b"k"] = b"v"
        dd["s"] = "t"
        print(sorted(dd.keys()), dd[b"s"])

a = array.array("i", [1, -2, 3])
a.append(4); a.extend([5, 6]); a.insert(0, 0)
print(a, a.itemsize, a.tobytes()[:8], a[1:3], a.index(3), a.count(1))
b = array.array("d", [1.5, 2.5])
b.byteswap()
b.byteswap()
print(b, array.array("u", "hé").tounicode(), array.array("B", b"abc").tolist(), a.buffer_info()[1])
bio = io.BytesIO()
bio.write(b"hello world")
bio.seek(6)
print(bio.read(), bio.tell(), bio.getbuffer().nbytes, bio.seek(0, io.SEEK_END))
bio.truncate(5)
print(bio.getvalue(), bio.readable(), io.BytesIO(b"a\nb\n").readlines())

class Account:
    def __init__(self, owner, balance):
        self.owner, self.balance = owner, balance
        self._cache = {"tmp": 1}
    def __getstate__(self):
        s = self.__dict__.copy()
        del s["_cache"]
        return s
    def __setstate__(self, s):
        self.__dict__.update(s)
        self._cache = {}
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance}, cache={self._cache})"
class Temp:
    def __init__(self, deg):
        self.deg = deg
def pickle_temp(t):
    return Temp, (t.deg * 2,)
copyreg.pickle(Temp, pickle_temp)
acct = Account("ann", 10)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.loads(pickle.dumps(acct, protocol=proto)))
print(pickle.loads(pickle.dumps(Temp(21))).deg)
nested = {"list": [1, [2, 3]], "acct": acct}
sh = copy.copy(nested)
dp = copy.deepcopy(nested)
nested["list"][1].append(4)
print(sh["list"], dp["list"], dp["acct"] is acct, sh["acct"] is acct)
class Node:
    def __init__(self):
        self.me = self
n2 = copy.deepcopy(Node())
print(n2.me is n2, pickle.loads(pickle.dumps(n2)).me.__class__.__name__)
try:
    pickle.dumps(lambda: 1)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, str(e).split(":")[-1])
print(pickle.dumps((1, "a", None, True, 1.5), protocol=2))
