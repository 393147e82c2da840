import gzip, tarfile, io, zlib, hashlib, os
import tempfile
td = tempfile.TemporaryDirectory(); p = os.path.join(td.name, 'x.txt.gz')
with gzip.open(p, 'wt') as f:
    for i in range(2000): f.write(f'line {i}\n')
with gzip.open(p, 'rt') as f:
    lines = f.readlines()
print(len(lines), lines[-1])
bio = io.BytesIO()
with tarfile.open(fileobj=bio, mode='w:gz') as tf:
    data = b'x' * 100000
    ti = tarfile.TarInfo('a.bin'); ti.size = len(data); tf.addfile(ti, io.BytesIO(data))
bio.seek(0)
with tarfile.open(fileobj=bio, mode='r:gz') as tf:
    print(tf.getnames(), len(tf.extractfile('a.bin').read()))
print(hashlib.file_digest(io.BytesIO(b'abc'), 'sha256').hexdigest())
print(hashlib.md5(b'a', usedforsecurity=False).hexdigest())
h = hashlib.sha256()
h.update(memoryview(b'xyz')[1:])
print(h.hexdigest())
import array
h.update(array.array('i', [1, 2]))
print(h.hexdigest())
print(zlib.crc32(array.array('b', [1,2,3])))
td.cleanup()
import secrets, uuid, random
print(len(secrets.token_hex(8)))
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'))
