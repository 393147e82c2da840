# _ssl's constants, enums built by ssl.py, contexts' attributes and errors,
# txt2obj/nid2obj, RAND_*, MemoryBIO.
import ssl, _ssl

print(ssl.OPENSSL_VERSION_INFO[:1] >= (1,), isinstance(ssl.OPENSSL_VERSION, str))
print(ssl.PROTOCOL_TLS_CLIENT, ssl.PROTOCOL_TLS_SERVER, int(ssl.PROTOCOL_TLS))
print(ssl.CERT_NONE, ssl.CERT_OPTIONAL, ssl.CERT_REQUIRED, repr(ssl.CERT_REQUIRED))
print(int(ssl.OP_ALL), int(ssl.OP_NO_TLSv1), int(ssl.OP_NO_COMPRESSION), int(ssl.OP_NO_TICKET))
print(ssl.HAS_SNI, ssl.HAS_ALPN, ssl.HAS_NPN, ssl.HAS_TLSv1_3, ssl.HAS_SSLv2, ssl.HAS_NEVER_CHECK_COMMON_NAME)
print(list(ssl.TLSVersion), ssl.AlertDescription.ALERT_DESCRIPTION_UNKNOWN_CA.value)
print(ssl.SSLErrorNumber.SSL_ERROR_WANT_READ, int(ssl.VerifyFlags.VERIFY_X509_STRICT))
print(ssl.SSLError.__mro__)
print(ssl.SSLCertVerificationError.__mro__[1:3], ssl.SSLZeroReturnError.__module__)
e = ssl.SSLError(1, 'some message')
print(str(e), e.errno, e.strerror, repr(ssl.SSLError()), str(ssl.SSLError()))
print(str(ssl.SSLError('only')))

ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
# (OP_IGNORE_UNEXPECTED_EOF is a default in later 3.11 releases only)
print(ctx.protocol, ctx.verify_mode, ctx.check_hostname, ctx.options & ~ssl.OP_IGNORE_UNEXPECTED_EOF, ctx.verify_flags)
print(ctx.minimum_version, ctx.maximum_version, ctx.post_handshake_auth, ctx.keylog_filename)
print(ctx.hostname_checks_common_name, ctx.security_level, ctx.sni_callback)
try:
    ctx.verify_mode = ssl.CERT_NONE
except ValueError as e:
    print('ValueError', e)
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
print(ctx.verify_mode, ctx.check_hostname)
ctx.check_hostname = True
print(ctx.verify_mode)
try:
    ctx.verify_mode = 7
except ValueError as e:
    print('ValueError', e)
ctx.minimum_version = ssl.TLSVersion.TLSv1_3
print(ctx.minimum_version)
try:
    ctx.minimum_version = 42
except ValueError as e:
    print('ValueError', e)
try:
    ctx.sni_callback = lambda *a: None
except ValueError as e:
    print('ValueError', e)
srv = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
print(srv.verify_mode, srv.check_hostname, srv.num_tickets)
try:
    srv.sni_callback = 3
except TypeError as e:
    print('TypeError', e)
srv.sni_callback = print
print(srv.sni_callback is print)
srv.sni_callback = None
print(srv.sni_callback)
print(ctx.cert_store_stats(), sorted(ctx.session_stats().items())[:3])
print(ctx.get_ca_certs())
for bad in ['XXX-NOPE', '!ALL']:
    try:
        ctx.set_ciphers(bad)
    except ssl.SSLError as e:
        print('SSLError', e)
ctx.set_ciphers('ECDHE+AESGCM')
names = [c['name'] for c in ctx.get_ciphers()]
print(names[:3], 'ECDHE-RSA-AES128-GCM-SHA256' in names, 'ECDHE-RSA-CHACHA20-POLY1305' in names)
c0 = ctx.get_ciphers()[0]
print(sorted(c0), c0['protocol'], c0['aead'])
try:
    ctx.set_ecdh_curve('nope')
except ValueError as e:
    print('ValueError', e)
ctx.set_ecdh_curve('prime256v1')
ctx.set_alpn_protocols(['h2', 'http/1.1'])

print(ssl._txt2obj('CN', name=True), ssl._nid2obj(129))
print(ssl.Purpose.SERVER_AUTH, ssl.Purpose.SERVER_AUTH.oid, ssl.Purpose.CLIENT_AUTH.nid)
print(ssl._ASN1Object.fromname('commonName'))
for f in [lambda: ssl._txt2obj('zzz'), lambda: ssl._nid2obj(-1), lambda: ssl._ASN1Object.fromnid(99999)]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
print(len(ssl.RAND_bytes(16)), ssl.RAND_status(), ssl.RAND_add(b'x', 1.0))
try:
    ssl.RAND_bytes(-1)
except ValueError as e:
    print('ValueError', e)

b = ssl.MemoryBIO()
print(b.pending, b.eof, b.write(b'hello'), b.pending, b.read(2), b.read(), b.read())
b.write(bytearray(b'abc')); b.write_eof()
print(b.eof, b.read(), b.eof)
try:
    b.write(b'x')
except ssl.SSLError as e:
    print('SSLError', e)
try:
    ssl.MemoryBIO().write('str')
except TypeError as e:
    print('TypeError', e)
