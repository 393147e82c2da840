# Native modules whose types and tables are created on first import (not
# in every process's start-up): their types, constants and shared tables
# behave as before.
import sys

# None of them is imported by start-up itself.
for name in ["_decimal", "_ssl", "_hashlib", "_csv", "_blake2", "unicodedata"]:
    print(name, name in sys.modules)

import decimal
from decimal import Decimal, getcontext, localcontext
print(type(Decimal).__name__, Decimal.__module__, decimal.Context.__name__)
print(Decimal(1) / 7, Decimal(10) ** 30, Decimal(2) ** 90 // 1, Decimal(2) ** 300)
print([hash(Decimal(s)) for s in ["1.5", "0.001", "-2.25", "123456789.987654321", "1e-30", "7"]])
print(hash(Decimal("1.5")) == hash(1.5), hash(Decimal("0.125")) == hash(0.125))
print([str(Decimal(n)) for n in (0, 1, 1023, 1024, -1023, 2**70)])
print(Decimal("1.23456789").quantize(Decimal("0.001")), round(Decimal("2.675"), 2))
with localcontext() as c:
    c.prec = 60
    print(Decimal(1) / Decimal(3))
print(Decimal("123.456e250") * 10, Decimal(5).sqrt(), Decimal("1e-300").scaleb(10))
print(getcontext().prec, decimal.BasicContext.prec, decimal.ExtendedContext.traps[decimal.InvalidOperation])

import ssl
print(ssl.MemoryBIO.__name__, ssl.SSLSession.__name__, ssl.SSLContext.__mro__[1].__name__)
bio = ssl.MemoryBIO()
bio.write(b"abc")
print(bio.pending, bio.read(), bio.eof)
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
print(type(ctx).__name__, ctx.verify_mode == ssl.CERT_REQUIRED, ctx.check_hostname)

import _hashlib, hashlib, hmac
print(_hashlib.HASH.__name__, _hashlib.HASHXOF.__name__, _hashlib.HMAC.__name__)
print(hashlib.sha256(b"krait").hexdigest()[:16], hmac.new(b"k", b"m", "sha256").hexdigest()[:16])
print(hashlib.blake2b(b"x", digest_size=8).hexdigest(), hashlib.blake2s(b"x").digest_size,
      hashlib.blake2b.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2b.MAX_DIGEST_SIZE)

import csv, io
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(["a", "b,c", 'd"e'])
print(repr(buf.getvalue()), list(csv.reader(io.StringIO(buf.getvalue()))))
print(type(w).__name__, csv.Dialect.__name__, type(csv.reader([])).__name__)

import unicodedata
print(unicodedata.name("é"), unicodedata.ucd_3_2_0.unidata_version, type(unicodedata.ucd_3_2_0).__name__)
print(unicodedata.normalize("NFD", "é") == "e\u0301", unicodedata.ucd_3_2_0.category("A"))

import zlib
c = zlib.compressobj()
data = c.compress(b"krait " * 100) + c.flush()
d = zlib.decompressobj()
print(type(c).__name__, type(d).__name__, d.decompress(data) == b"krait " * 100, zlib.crc32(b"krait"))
