# _hashlib: names, digests, HMAC, pbkdf2_hmac, scrypt and error paths.
import _hashlib as h, hashlib, hmac

print(sorted(n for n in h.openssl_md_meth_names if not n.startswith('blake2')))
for n in sorted(h.openssl_md_meth_names):
    if n.startswith('blake2'):
        continue
    x = h.new(n, b'abc')
    if n.startswith('shake'):
        print(n, x.name, x.digest_size, x.block_size, x.hexdigest(20), x.copy().digest(length=5), type(x).__name__)
    else:
        y = x.copy(); y.update(b'more')
        print(n, x.name, x.digest_size, x.block_size, x.hexdigest(), y.digest()[:8], type(x).__name__)
print(h.new('ripemd160', b'a' * 1000).hexdigest(), h.new('sm3', b'').hexdigest())
print(h.new('SHA256').name, h.new('sha512-224').name, h.new('SHA3-256').name)
print(sorted(h._constructors.values()))
print(h.HASHXOF.__mro__, h.HMAC.__mro__, h.UnsupportedDigestmodError.__mro__)
print(h.get_fips_mode(), h.openssl_sha256(b'x', usedforsecurity=False).hexdigest())
print(repr(h.new('md5')).startswith('<md5 _hashlib.HASH object @ 0x'))
for k in [b'', b'k', b'k' * 200]:
    for n in ['md5', 'sha1', 'sha256', 'sha3_256', 'sha512', 'ripemd160']:
        print(n, h.hmac_digest(k, b'msg' * 50, n).hex(), hmac.new(k, b'msg', n).hexdigest())
m = h.hmac_new(b'key', b'msg', 'sha256')
print(m.name, m.digest_size, m.block_size, m.hexdigest(), m.copy().digest())
m.update(msg=b'x'); print(m.hexdigest(), repr(m).startswith('<sha256 HMAC object @ 0x'))
print(h.hmac_new(b'k', digestmod=h.openssl_sha1).name, hmac.digest(b'k', b'm', 'sha224').hex())
print(h.pbkdf2_hmac('sha256', b'p', b's', 2).hex(), h.pbkdf2_hmac('sha1', b'password', b'salt', 4096, 30).hex())
print(hashlib.pbkdf2_hmac('sha512', b'pw', b'salt', 10, 7).hex())
print(h.scrypt(b'p', salt=b's', n=16, r=2, p=3, dklen=20).hex())
print(h.scrypt(b'password', salt=b'NaCl', n=1024, r=8, p=16).hex())
print(hashlib.new('sha256', b'x').hexdigest(), type(hashlib.sha256()).__name__, hashlib.md5 is h.openssl_md5)
print(h.compare_digest(b'abc', bytearray(b'abc')), h.compare_digest('abc', 'abd'), hmac.compare_digest(b'a', b'a'))

x = h.new('shake_128')
cases = [lambda: h.new('foo'), lambda: h.new(), lambda: h.new('md5', 'x'), lambda: h.new(5),
         lambda: h.new('md5', None), lambda: h.new('sha256', 5), lambda: h.openssl_sha256(b'', b''),
         lambda: hashlib.new('foo'),
         lambda: h.hmac_new(b'k', b'm', 'foo'), lambda: h.hmac_new(b'k', b'm', len),
         lambda: h.hmac_digest(b'k', b'm', 'foo'), lambda: h.hmac_new(b'k'), lambda: h.hmac_new('k'),
         lambda: h.hmac_new(b'k', digestmod='shake_128'), lambda: h.hmac_new(b'k', 'm', 'md5'),
         lambda: h.hmac_new(b'k', digestmod=5), lambda: h.hmac_digest('k', b'm', 'md5'),
         lambda: h.pbkdf2_hmac('foo', b'p', b's', 1), lambda: h.pbkdf2_hmac('sha1', b'p', b's', 0),
         lambda: h.pbkdf2_hmac('sha1', b'p', b's', 1, 0), lambda: h.pbkdf2_hmac('sha1', 'p', b's', 1),
         lambda: h.pbkdf2_hmac('sha1', b'p', b's', 2**31), lambda: h.pbkdf2_hmac(b'sha1', b'p', b's', 1),
         lambda: h.pbkdf2_hmac('sha1', b'p', b's', 1.5),
         lambda: h.scrypt(b'p', salt=b's', n=3, r=1, p=1), lambda: h.scrypt(b'p', b's', 16, 1, 1),
         lambda: h.scrypt(b'p', n=2, r=1, p=1), lambda: h.scrypt(b'p', salt=b's'),
         lambda: h.scrypt(b'p', salt=b's', n=16), lambda: h.scrypt(b'p', salt=b's', n=16, r=1),
         lambda: h.scrypt(b'p', salt=b's', n=16, r=1, p=1, dklen=0),
         lambda: h.scrypt(b'p', salt=b's', n=2**20, r=8, p=1),
         lambda: h.scrypt(b'p', salt=b's', n=16, r=0, p=1), lambda: h.scrypt(b'p', salt=b's', n=2.0, r=1, p=1),
         lambda: x.digest(-1), lambda: x.hexdigest(-1), lambda: x.digest('a'), lambda: x.digest(2**64),
         lambda: h.new('sha256').update('x'), lambda: h.compare_digest('a', b'a'),
         lambda: h.compare_digest('\xe9', '\xe9'), lambda: h.compare_digest(1, 2), lambda: h.HASH(),
         lambda: h.HMAC()]
for f in cases:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
