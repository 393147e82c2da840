# An SSLObject refers to its owner (the ssl.SSLObject wrapper), which refers
# back to it; that cycle, and the SSLContext behind it, must be collected
# once unreachable, also while a handshake waits for input.
import gc
import ssl
import weakref


def make(kind):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    obj = ctx.wrap_bio(incoming, outgoing, server_hostname="example.org")
    if kind == "handshake":
        try:
            obj.do_handshake()
        except ssl.SSLWantReadError:
            print("handshake wants input; client hello bytes:", outgoing.pending > 0)
    return weakref.ref(ctx), weakref.ref(obj)


for kind in ("fresh", "handshake"):
    ctx_ref, obj_ref = make(kind)
    for _ in range(3):
        gc.collect()
    print(kind, "context freed:", ctx_ref() is None, "object freed:", obj_ref() is None)
