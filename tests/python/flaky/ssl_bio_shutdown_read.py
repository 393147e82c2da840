# Reading from an SSLObject after the peer's close_notify: b'' while we have
# not sent ours, SSLZeroReturnError once we have (test_asyncio's
# test_remote_shutdown_receives_trailing_data loops until that error).
import ssl

CERT = "/usr/lib/python3.11/test/keycert.pem"
sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER); sctx.load_cert_chain(CERT)
cctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
cctx.check_hostname = False; cctx.verify_mode = ssl.CERT_NONE

def pair():
    si, so, ci, co = ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO()
    s = sctx.wrap_bio(si, so, server_side=True)
    c = cctx.wrap_bio(ci, co, server_hostname="x")
    def pump():
        moved = True
        while moved:
            moved = False
            if co.pending: si.write(co.read()); moved = True
            if so.pending: ci.write(so.read()); moved = True
    for _ in range(10):
        for obj in (c, s):
            try: obj.do_handshake()
            except ssl.SSLWantReadError: pass
        pump()
    return s, c, pump

def attempt(label, f):
    try: print(label, repr(f()))
    except ssl.SSLError as e: print(label, type(e).__name__, e.reason)

# Server closes first; client reads trailing data, then the close.
s, c, pump = pair()
s.write(b"hello"); pump()
attempt("server unwrap", s.unwrap)
pump()
attempt("client read data", lambda: c.read(100))
attempt("client read after close_notify", lambda: c.read(100))
attempt("client read again", lambda: c.read(100))
c.write(b"trailing"); pump()
attempt("server read trailing", lambda: s.read(100))
attempt("server read, nothing yet", lambda: s.read(100))
attempt("client unwrap", c.unwrap)
pump()
attempt("server read after both closed", lambda: s.read(100))
attempt("server read into buffer", lambda: s.read(10, bytearray(10)))
attempt("server unwrap again", s.unwrap)
attempt("client read after both closed", lambda: c.read(100))
attempt("client write after unwrap", lambda: c.write(b"x"))
