# TLS over sockets with a server thread: echo, getpeercert, version/cipher
# shapes, ALPN, SNI callback, client certificates, unwrap, and the errors
# of a wrong hostname, an unknown CA and a protocol mismatch.
import ssl, socket, threading
T = '/usr/lib/python3.11/test/'

def run(server_ctx, client_ctx, hostname='localhost', show_server_error=True, unwrap=False):
    ls = socket.socket(); ls.bind(('127.0.0.1', 0)); ls.listen()
    port = ls.getsockname()[1]
    res = {}
    def serve():
        c, _ = ls.accept()
        try:
            s = server_ctx.wrap_socket(c, server_side=True)
            d = s.recv(1024)
            s.sendall(d[::-1])
            res['server'] = 'ok %s %s' % (s.selected_alpn_protocol(), s.getpeercert() and s.getpeercert()['subject'][-1])
            if unwrap:
                plain = s.unwrap()
                res['server'] += ' unwrapped %s' % plain.recv(100)
                plain.sendall(b'plain reply')
                plain.close()
            else:
                s.close()
        except Exception as e:
            res['server'] = '%s: %s' % (type(e).__name__, e) if show_server_error else type(e).__name__
            c.close()
        ls.close()
    t = threading.Thread(target=serve); t.start()
    try:
        with socket.create_connection(('127.0.0.1', port)) as raw:
            s = client_ctx.wrap_socket(raw, server_hostname=hostname)
            print('client', s.version() in ('TLSv1.2', 'TLSv1.3'), len(s.cipher()), s.server_hostname, s.server_side)
            s.sendall(b'ping')
            print('client got', s.recv(1024), s.pending(), s.selected_alpn_protocol())
            cert = s.getpeercert()
            print('peer', cert and cert['subject'], cert and cert.get('subjectAltName'), len(s.getpeercert(True) or b''))
            print('binding', len(s.get_channel_binding() or b'') > 0, s.compression(), type(s.context).__name__)
            if unwrap:
                plain = s.unwrap()
                plain.sendall(b'plain hello')
                print('plain got', plain.recv(100))
            else:
                s.close()
    except ssl.SSLCertVerificationError as e:
        print('client', type(e).__name__, e.verify_code, e.verify_message, e.reason, e.library, e.errno)
    except ssl.SSLError as e:
        print('client', type(e).__name__, e.reason, e.library)
    except Exception as e:
        print('client', type(e).__name__, e)
    t.join()
    print('server', res.get('server'))

sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER); sctx.load_cert_chain(T + 'keycert.pem')
c = ssl.create_default_context(cafile=T + 'keycert.pem')
print('== basic'); run(sctx, c)
print('== wrong hostname'); run(sctx, c, 'wronghost')
print('== unknown ca'); run(sctx, ssl.create_default_context(), show_server_error=False)
s3 = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER); s3.load_cert_chain(T + 'keycert3.pem')
c3 = ssl.create_default_context(cafile=T + 'pycacert.pem')
print('== ca chain'); run(s3, c3)
print('== ip mismatch'); run(s3, c3, '127.0.0.1', show_server_error=False)
s3.minimum_version = ssl.TLSVersion.TLSv1_3
c4 = ssl.create_default_context(cafile=T + 'pycacert.pem'); c4.maximum_version = ssl.TLSVersion.TLSv1_2
print('== version mismatch'); run(s3, c4)
s3.minimum_version = ssl.TLSVersion.TLSv1_2
print('== tls 1.2'); run(s3, c4)
s5 = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER); s5.load_cert_chain(T + 'keycert3.pem')
s5.verify_mode = ssl.CERT_REQUIRED; s5.load_verify_locations(T + 'pycacert.pem')
c6 = ssl.create_default_context(cafile=T + 'pycacert.pem'); c6.load_cert_chain(T + 'keycert3.pem')
print('== client cert'); run(s5, c6)
c7 = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT); c7.check_hostname = False; c7.verify_mode = ssl.CERT_NONE
print('== no verify'); run(sctx, c7)
s8 = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER); s8.load_cert_chain(T + 'keycert.pem'); s8.set_alpn_protocols(['h2', 'http/1.1'])
c8 = ssl.create_default_context(cafile=T + 'keycert.pem'); c8.set_alpn_protocols(['foo', 'http/1.1'])
print('== alpn'); run(s8, c8)
seen = []
other = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER); other.load_cert_chain(T + 'keycert3.pem')
def sni(sslobj, name, ctx):
    seen.append((type(sslobj).__name__, name, ctx is s9))
    if name == 'localhost':
        sslobj.context = other
s9 = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER); s9.load_cert_chain(T + 'keycert.pem'); s9.sni_callback = sni
print('== sni'); run(s9, c3); print(seen)
print('== unwrap'); run(sctx, c, unwrap=True)
