# _ssl._test_decode_cert renders certificates as getpeercert() does:
# RDN tuples, OpenSSL dates and serials, subjectAltName kinds, AIA/CRL URIs.
import ssl, pprint
T = '/usr/lib/python3.11/test/'
for name in ['keycert.pem', 'keycert3.pem', 'pycacert.pem', 'nullbytecert.pem',
             'allsans.pem', 'idnsans.pem', 'talos-2019-0758.pem', 'nosan.pem', 'keycertecc.pem']:
    print(name)
    pprint.pprint(ssl._ssl._test_decode_cert(T + name))
for bad in ['badcert.pem', 'nonexistent.pem']:
    try:
        ssl._ssl._test_decode_cert(T + bad)
    except Exception as e:
        print(bad, type(e).__name__)
pem = open(T + 'keycert.pem').read()
der = ssl.PEM_cert_to_DER_cert(pem[pem.index('-----BEGIN CERTIFICATE'):])
print(len(der), ssl.DER_cert_to_PEM_cert(der).splitlines()[0])
