# _sha512 (which random.seed uses for str and bytes seeds): digests, copy,
# update with buffers, attributes and errors.
import _sha512

for data in [b"", b"abc", b"a" * 1000, bytearray(b"xyz"), memoryview(b"mv")]:
    h = _sha512.sha512(data)
    print(h.hexdigest()[:32], _sha512.sha384(data).hexdigest()[:32], len(h.digest()))
h = _sha512.sha512()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
c.update(b"there")
print(h.hexdigest()[:40], c.hexdigest()[:40], h.name, h.digest_size, h.block_size, _sha512.sha384().name, _sha512.sha384().digest_size)
print(_sha512.sha512(string=b"k", usedforsecurity=False).hexdigest()[:16], type(h).__name__, type(h).__module__)
for f in [lambda: _sha512.sha512("str"), lambda: h.update("str"), lambda: h.update(5), lambda: type(h)(), lambda: _sha512.sha512(b"", b"")]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
