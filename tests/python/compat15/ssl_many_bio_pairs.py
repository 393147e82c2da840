# Many TLS client/server pairs over MemoryBIOs, driven in interleaved steps
# (as an event loop drives them): every handshake and every transfer must
# complete, whatever the other connections are waiting for.
import os
import ssl
import sys

CERT = os.path.join(os.path.dirname(ssl.__file__), "test", "keycert.pem")
if not os.path.exists(CERT):
    CERT = "/usr/lib/python3.11/test/keycert.pem"

server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(CERT)
client_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
client_ctx.check_hostname = False
client_ctx.verify_mode = ssl.CERT_NONE


class End:
    def __init__(self, ctx, server):
        self.inc, self.out = ssl.MemoryBIO(), ssl.MemoryBIO()
        self.obj = ctx.wrap_bio(self.inc, self.out, server_side=server)
        self.done = False

    def step(self):
        if self.done:
            return
        try:
            self.obj.do_handshake()
            self.done = True
        except ssl.SSLWantReadError:
            pass


def pump(a, b):
    moved = 0
    for src, dst in ((a, b), (b, a)):
        data = src.out.read()
        if data:
            dst.inc.write(data)
            moved += len(data)
    return moved


N = 12
pairs = [(End(client_ctx, False), End(server_ctx, True)) for _ in range(N)]
rounds = 0
while not all(c.done and s.done for c, s in pairs):
    rounds += 1
    if rounds > 50:
        sys.exit("handshakes stalled")
    # Advance only every other pair each round, so some wait on others.
    for i, (c, s) in enumerate(pairs):
        if (i + rounds) % 2 == 0:
            c.step()
            s.step()
            pump(c, s)
print("handshakes done:", sum(c.done and s.done for c, s in pairs))

payload = bytes(range(256)) * 300
ok = 0
for i, (c, s) in enumerate(pairs):
    c.obj.write(payload[: 1000 * (i + 1)])
    pump(c, s)
    got = b""
    while True:
        try:
            got += s.obj.read(1 << 16)
        except ssl.SSLWantReadError:
            break
    ok += got == payload[: 1000 * (i + 1)]
print("transfers intact:", ok, "of", N)
print("versions:", sorted({c.obj.version() for c, _ in pairs}))
