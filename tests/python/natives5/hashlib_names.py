# _hashlib: OpenSSL names and aliases, BLAKE2 through HASH, HMAC and PBKDF2 with BLAKE2.
import _hashlib as h, hmac
for n in ['blake2b', 'blake2s', 'blake2b512','BLAKE2b512','blake2s256','MD5','Sha1','SM3','RIPEMD160','MD5-SHA1','SHAKE128', 'shake128', 'sha3-256','SHA512_224','sha512_224', 'BLAKE2B', 'Blake2s']:
    try:
        x = h.new(n, b'abc'); y = x.copy(); y.update(b'd')
        print(n, x.name, type(x).__name__, x.digest_size, x.block_size, x.hexdigest()[:20] if x.digest_size else '', y.digest()[:4] if y.digest_size else '')
    except Exception as e: print(n, type(e).__name__, e)
print(h.hmac_digest(b'k', b'm', 'blake2b').hex()[:10], hmac.new(b'k', b'm', 'blake2s').hexdigest()[:10], h.pbkdf2_hmac('blake2b', b'p', b's', 3).hex()[:16])
