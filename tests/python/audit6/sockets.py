import socket, selectors, threading, struct, errno, os, socketserver, select
def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        import re
        print(label, "!!", type(e).__name__, re.sub(r"(fd=|FD )\d+", r"\1N", str(e)))
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0)); srv.listen()
port = srv.getsockname()[1]
def serve():
    conn, _ = srv.accept()
    with conn:
        while data := conn.recv(1024):
            conn.sendall(data.upper())
th = threading.Thread(target=serve); th.start()
with socket.create_connection(("127.0.0.1", port), timeout=5) as c:
    c.sendall(b"hello world")
    print(c.recv(1024), c.gettimeout(), c.family.name, c.type.name, c.proto)
    c.shutdown(socket.SHUT_WR)
    print(c.recv(10))
th.join(); srv.close()
t("connect refused", lambda: socket.create_connection(("127.0.0.1", 1), timeout=2))
t("bad host", lambda: socket.getaddrinfo("no-such-host.invalid", 80))
t("bad port", lambda: socket.getaddrinfo("127.0.0.1", "nosuchservice"))
t("getaddrinfo", lambda: socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
t("inet_aton", lambda: (socket.inet_aton("10.0.0.1"), socket.inet_ntoa(b"\x7f\x00\x00\x01"), socket.inet_pton(socket.AF_INET6, "::1")))
t("inet_aton bad", lambda: socket.inet_aton("300.1.1.1"))
t("inet_ntop bad", lambda: socket.inet_ntop(socket.AF_INET, b"abc"))
t("htons", lambda: (socket.htons(1), socket.ntohl(1), socket.htons(70000)))
t("closed", lambda: (lambda s: (s.close(), s.send(b"x")))(socket.socket()))
t("bind twice", lambda: (lambda s: (s.bind(("127.0.0.1", 0)), s.bind(("127.0.0.1", 0))))(socket.socket()))
t("bad family", lambda: socket.socket(12345))
t("bad addr", lambda: socket.socket().connect("notatuple"))
t("recv timeout", lambda: (lambda a, b: (b.settimeout(0.05), b.recv(1)))(*socket.socketpair()))
t("nonblocking", lambda: (lambda a, b: (b.setblocking(False), b.recv(1)))(*socket.socketpair()))
a, b = socket.socketpair()
a.sendall(struct.pack("!IH", 7, 9) + b"payload")
hdr = b.recv(6); print(struct.unpack("!IH", hdr), b.recv(100))
sel = selectors.DefaultSelector()
sel.register(b, selectors.EVENT_READ, data="b-side")
print(sel.select(timeout=0))
a.send(b"ping")
print([(k.data, ev & selectors.EVENT_READ) for k, ev in sel.select(timeout=1)])
t("register twice", lambda: sel.register(b, selectors.EVENT_READ))
t("bad events", lambda: sel.modify(b, 0).events)
t("unregister missing", lambda: sel.unregister(a))
sel.close(); a.close(); b.close()
r, w = os.pipe()
print(select.select([r], [w], [], 0)[1] == [w])
p = select.poll(); p.register(r, select.POLLIN); os.write(w, b"x"); print([(fd == r, ev) for fd, ev in p.poll(100)])
os.close(r); os.close(w)
class Echo(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.sendall(self.request.recv(100)[::-1])
with socketserver.ThreadingTCPServer(("127.0.0.1", 0), Echo) as s:
    th = threading.Thread(target=s.serve_forever); th.start()
    with socket.create_connection(s.server_address) as c:
        c.sendall(b"abcdef"); print(c.recv(100))
    s.shutdown(); th.join()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(("127.0.0.1", 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u2.sendto(b"dgram", u.getsockname())
data, addr = u.recvfrom(100); print(data, addr[0]); u.close(); u2.close()
print(socket.gethostbyname("localhost"), socket.getservbyname("http", "tcp"), socket.getprotobyname("tcp"))
print(isinstance(socket.timeout(), OSError), socket.timeout is TimeoutError, issubclass(socket.gaierror, OSError))
