import hashlib, hmac
for n in ['md5','sha1','sha224','sha256','sha384','sha512','sha3_224','sha3_256','sha3_384','sha3_512','blake2b','blake2s']:
    h = hashlib.new(n, b'hello')
    h2 = h.copy(); h2.update(b' world' * 100)
    print(n, h.name, h.digest_size, h.block_size, h.hexdigest(), h2.hexdigest())
for n in ['shake_128','shake_256']:
    h = hashlib.new(n, b'abc'); print(n, h.digest_size, h.block_size, h.hexdigest(10), h.digest(5), h.copy().hexdigest(40))
print(hashlib.blake2b(b'x', digest_size=20, key=b'k', salt=b's', person=b'p', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=10, last_node=True).hexdigest())
print(hashlib.blake2s(b'x', digest_size=20, key=b'k', salt=b's', person=b'p', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=10, last_node=True).hexdigest())
print(hashlib.blake2b(b'a'*1000, key=b'q'*64).hexdigest())
print(hashlib.blake2s(b'a'*1000, key=b'q'*32).hexdigest())
print(hashlib.blake2b(b'a'*128).hexdigest(), hashlib.blake2s(b'a'*64).hexdigest(), hashlib.blake2s().hexdigest())
print(hmac.new(b'key', b'msg', 'sha256').hexdigest())
print(hmac.digest(b'key', b'msg', 'md5').hex())
import warnings
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 100).hex())
    print(hashlib.pbkdf2_hmac('sha1', b'pw', b'salt', 3, dklen=50).hex())
print(hashlib.sha256(usedforsecurity=False).hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
try:
    class B(hashlib.blake2b): pass
except TypeError as e: print(e)
from _blake2 import blake2b as B, blake2s as S
tests=[dict(digest_size=0),dict(digest_size=65),dict(key=b'x'*65),dict(salt=b'x'*17),dict(person=b'x'*17),dict(fanout=-1),dict(fanout=256),dict(depth=0),dict(depth=256),dict(leaf_size=-1),dict(leaf_size=2**32),dict(node_offset=-1),dict(node_offset=2**64),dict(node_depth=256),dict(inner_size=65),dict(inner_size=-1),dict(key='x'),dict(digest_size='x'),dict(last_node=3)]
for C in (B,S):
  for t in tests:
    try: print(C(**t).hexdigest()[:8])
    except Exception as e: print(t, type(e).__name__, e)
try: S(node_offset=2**48)
except Exception as e: print(type(e).__name__, e)
print(B.SALT_SIZE,B.PERSON_SIZE,B.MAX_KEY_SIZE,B.MAX_DIGEST_SIZE,S.SALT_SIZE,S.PERSON_SIZE,S.MAX_KEY_SIZE,S.MAX_DIGEST_SIZE)
import _sha3, _md5, _sha256, _sha1
h=_sha3.shake_128(b'ab')
for a in [(-1,),('x',),(2**70,), (0,)]:
  try: print(h.digest(*a))
  except Exception as e: print(type(e).__name__, e)
print(h._capacity_bits, h._rate_bits, h._suffix, _sha3.sha3_224()._suffix, _sha3.implementation, _sha3.keccakopt)
for f in [lambda: _sha3.sha3_224('x'), lambda: _sha3.sha3_224(1), lambda: _sha3.sha3_224(b'', b''), lambda: _sha3.sha3_224(data=b''), lambda: _md5.md5(data=b''), lambda: _md5.md5(1), lambda: _md5.md5().update(1), lambda: type(_md5.md5())(), lambda: _md5.md5().update('s')]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
print(_md5.md5(memoryview(b'abc')).hexdigest(), _sha1.sha1(bytearray(b'abc')).hexdigest(), _sha256.SHA224Type, _md5.MD5Type, _sha1.SHA1Type, _sha256.sha224)
try:
    class X(_sha3.sha3_224): pass
except TypeError as e: print(e)
import _sha3
for n in ['sha3_224','sha3_256','sha3_384','sha3_512','shake_128','shake_256']:
    h=getattr(_sha3,n)(b'q'*300); print(n,h._rate_bits,h._capacity_bits,h._suffix,h.block_size,h.digest_size, type(h).__name__)
print(hmac.compare_digest(b'a', b'a'), hmac.new(b'k'*200, digestmod=hashlib.sha3_256).hexdigest())
h = hmac.new(b'k', digestmod='blake2s'); h.update(b'x'); print(h.copy().hexdigest(), h.name, h.digest_size, h.block_size)
