# Argument-count messages of the keyword-accepting functions of math, cmath,
# binascii, _sha512 and _struct (Argument Clinic's wording).
import math, cmath, binascii, _sha512, _struct
def t(f):
    try: f(); print("no error")
    except TypeError as e: print(e)
t(lambda: math.isclose(1, 2, 3)); t(lambda: math.isclose(1)); t(lambda: math.isclose(1, 2, foo=1)); t(lambda: math.isclose())
t(lambda: math.prod([1], 2)); t(lambda: math.prod()); t(lambda: math.prod([1], x=1))
t(lambda: cmath.isclose(1, 2, 3)); t(lambda: cmath.isclose(1))
t(lambda: _sha512.sha512(b'', b'')); t(lambda: _sha512.sha512(x=1))
t(lambda: binascii.b2a_base64(b'', True)); t(lambda: binascii.b2a_base64()); t(lambda: binascii.a2b_base64(b'', 1)); t(lambda: binascii.b2a_uu(b'', 1))
t(lambda: binascii.hexlify()); t(lambda: binascii.hexlify(b'', b'', 1, 2)); t(lambda: binascii.a2b_qp()); t(lambda: binascii.b2a_qp(b'', 1, 1, 1, 1))
t(lambda: _struct.unpack_from()); t(lambda: _struct.Struct('i').unpack_from())
