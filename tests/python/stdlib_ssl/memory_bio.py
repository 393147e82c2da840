# SSLObject over MemoryBIOs driven by hand: non-blocking handshake with
# SSLWantReadError, read/write/pending, errors, unwrap; then asyncio and
# urllib over TLS.
import ssl, asyncio, threading, http.server, urllib.request
T = '/usr/lib/python3.11/test/'
sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER); sctx.load_cert_chain(T + 'keycert.pem')
cctx = ssl.create_default_context(cafile=T + 'keycert.pem')

cin, cout, sin, sout = ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO()
c = cctx.wrap_bio(cin, cout, server_hostname='localhost')
s = sctx.wrap_bio(sin, sout, server_side=True)
print(type(c).__name__, c.server_side, s.server_side, c.server_hostname, s.server_hostname, c.version(), c.cipher())
try:
    c.getpeercert()
except ValueError as e:
    print('ValueError', e)
def pump():
    moved = False
    if cout.pending: sin.write(cout.read()); moved = True
    if sout.pending: cin.write(sout.read()); moved = True
    return moved
try:
    c.do_handshake()
except ssl.SSLWantReadError as e:
    print('want read', e.args[0], e.errno, cout.pending > 0)
done = {c: False, s: False}
for i in range(20):
    for o in (c, s):
        if not done[o]:
            try:
                o.do_handshake(); done[o] = True
            except ssl.SSLWantReadError:
                pass
    if not pump() and all(done.values()):
        break
print('handshake', done[c], done[s], c.version() == s.version(), c.cipher() == s.cipher())
print(c.write(b'hello bio'), s.pending())
pump()
print(s.read(4), s.pending(), s.read(100))
try:
    s.read(10)
except ssl.SSLWantReadError as e:
    print('want read', e.args[0])
buf = bytearray(10)
s.write(b'into'); pump()
print(c.read(10, buf), buf)
print(c.getpeercert()['subject'][-1], s.getpeercert(), len(c.getpeercert(True)))
try:
    c.read(-1)
except ValueError as e:
    print('ValueError', e)
print(c.read(0))
# unwrap: both ends send close_notify
try:
    c.unwrap()
except ssl.SSLWantReadError:
    print('client waits for close_notify')
pump()
print('server unwrap', s.unwrap())
pump()
print('client unwrap', c.unwrap())

b = ssl.MemoryBIO(); b.write(b'x'); b.write_eof()
print(b.eof, b.read(), b.eof)

async def handle(r, w):
    data = await r.readline()
    w.write(data.upper()); await w.drain(); w.close()
async def main():
    srv = await asyncio.start_server(handle, '127.0.0.1', 0, ssl=sctx)
    port = srv.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection('127.0.0.1', port, ssl=cctx, server_hostname='localhost')
    w.write(b'async line\n'); await w.drain()
    print(await r.read())
    print(w.get_extra_info('peercert')['subjectAltName'], w.get_extra_info('ssl_object').server_hostname)
    w.close()
    try:
        await asyncio.open_connection('127.0.0.1', port, ssl=ssl.create_default_context(), server_hostname='localhost')
    except ssl.SSLCertVerificationError as e:
        print('async', type(e).__name__, e.verify_message)
    srv.close(); await srv.wait_closed()
asyncio.run(main())

class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = b'secret page ' + self.path.encode()
        self.send_response(200); self.send_header('Content-Length', str(len(body))); self.end_headers(); self.wfile.write(body)
    def log_message(self, *a): pass
httpd = http.server.HTTPServer(('127.0.0.1', 0), H)
httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
t = threading.Thread(target=httpd.serve_forever); t.start()
with urllib.request.urlopen('https://localhost:%d/x' % httpd.server_address[1], context=cctx) as f:
    print(f.status, f.read())
try:
    urllib.request.urlopen('https://127.0.0.1:%d/x' % httpd.server_address[1], context=cctx)
except Exception as e:
    print(type(e).__name__, e)
httpd.shutdown(); t.join(); httpd.server_close()
