# Loading certificates, keys (plain and encrypted, password callbacks) and
# CA stores, and the errors of each.
import ssl
T = '/usr/lib/python3.11/test/'
c = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
def t(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except ssl.SSLError as e:
        print(label, type(e).__name__, e.args, e.library, e.reason)
    except Exception as e:
        print(label, type(e).__name__, e)
t('chain', lambda: c.load_cert_chain(T + 'keycert.pem'))
t('split', lambda: c.load_cert_chain(T + 'ssl_cert.pem', T + 'ssl_key.pem'))
t('missing', lambda: c.load_cert_chain(T + 'nonexistent.pem'))
t('badcert', lambda: c.load_cert_chain(T + 'badcert.pem'))
t('nokey', lambda: c.load_cert_chain(T + 'ssl_cert.pem'))
t('mismatch', lambda: c.load_cert_chain(T + 'keycert.pem', T + 'keycert2.pem'))
t('pw str', lambda: c.load_cert_chain(T + 'keycert.passwd.pem', password='somepass'))
t('pw bytes', lambda: c.load_cert_chain(T + 'keycert.passwd.pem', password=b'somepass'))
t('pw bytearray', lambda: c.load_cert_chain(T + 'keycert.passwd.pem', password=bytearray(b'somepass')))
t('pw callable', lambda: c.load_cert_chain(T + 'keycert.passwd.pem', password=lambda: 'somepass'))
t('pw split', lambda: c.load_cert_chain(T + 'ssl_cert.pem', T + 'ssl_key.passwd.pem', password='somepass'))
t('pw wrong', lambda: c.load_cert_chain(T + 'keycert.passwd.pem', password='bad'))
t('pw type', lambda: c.load_cert_chain(T + 'keycert.passwd.pem', password=3))
t('pw cb type', lambda: c.load_cert_chain(T + 'keycert.passwd.pem', password=lambda: 3))
t('pw cb raises', lambda: c.load_cert_chain(T + 'keycert.passwd.pem', password=lambda: 1 / 0))
t('ecc', lambda: c.load_cert_chain(T + 'keycertecc.pem'))
t('none', lambda: c.load_cert_chain(None))

v = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
t('noargs', lambda: v.load_verify_locations())
t('cafile', lambda: v.load_verify_locations(T + 'pycacert.pem'))
t('cafile again', lambda: v.load_verify_locations(cafile=T + 'pycacert.pem'))
print(v.cert_store_stats())
t('leaf', lambda: v.load_verify_locations(T + 'keycert.pem'))
print(v.cert_store_stats())
t('missing', lambda: v.load_verify_locations(T + 'nonexistent.pem'))
t('badcert', lambda: v.load_verify_locations(T + 'badcert.pem'))
pem = open(T + 'keycert2.pem').read()
t('cadata str', lambda: v.load_verify_locations(cadata=pem))
der = ssl.PEM_cert_to_DER_cert(pem[pem.index('-----BEGIN CERTIFICATE'):])
t('cadata der', lambda: v.load_verify_locations(cadata=der))
print(v.cert_store_stats())
t('cadata bad str', lambda: v.load_verify_locations(cadata='x'))
t('cadata bad bytes', lambda: v.load_verify_locations(cadata=b'x'))
t('cadata type', lambda: v.load_verify_locations(cadata=3))
for ca in v.get_ca_certs():
    print(ca['subject'], ca['serialNumber'])
print([len(x) for x in v.get_ca_certs(binary_form=True)])
d = ssl.create_default_context()
print(d.verify_mode, d.check_hostname, d.protocol)
t('dh', lambda: c.load_dh_params(T + 'ffdh3072.pem'))
t('dh missing', lambda: c.load_dh_params(T + 'nonexistent.pem'))
t('pw too long', lambda: c.load_cert_chain(T + 'keycert.passwd.pem', password=b'a' * 2000))
t('dh not dh', lambda: c.load_dh_params(T + 'keycert.pem'))
cap = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
for f in ['capath/5ed36f99.0', 'capath/4e1295a3.0']:
    cap.load_verify_locations(cadata=open(T + f).read())
print(cap.cert_store_stats())
try:
    cap.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname='a\x00b')
except TypeError as e:
    print('TypeError')
try:
    ssl.SSLError.value = 1
except TypeError as e:
    print('TypeError', 'immutable type' in str(e))
