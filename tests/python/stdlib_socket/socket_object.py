# the socket object: creation, fileno adoption, repr, dup, detach, subclassing
import socket, _socket, os

s = _socket.socket()
print(repr(s).startswith("<socket object, fd="), s.family, s.type, s.proto, s.timeout)
s.close()
print(repr(s))
print(s.fileno())

n = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
print(n.type, n.gettimeout(), n.getblocking())
n.setblocking(True)
print(n.gettimeout(), n.getblocking())
n.settimeout(3)
print(n.gettimeout(), n.getblocking(), n.timeout)
n.settimeout(0)
print(n.gettimeout(), n.getblocking())
n.close()

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(("127.0.0.1", 0))
fd = os.dup(a.fileno())
b = socket.socket(fileno=fd)
print(b.family == socket.AF_INET, b.type == socket.SOCK_DGRAM, b.proto, b.getsockname() == a.getsockname())
c = a.dup()
print(type(c).__name__, c.getsockname() == a.getsockname(), c.fileno() != a.fileno())
d = socket.fromfd(a.fileno(), socket.AF_INET, socket.SOCK_DGRAM)
print(d.getsockname() == a.getsockname())
raw = a.detach()
print(a.fileno(), raw >= 0)
os.close(raw)
for x in (b, c, d):
    x.close()

for args in [dict(fileno=-5), dict(fileno=999), dict(fileno=1.5)]:
    try:
        socket.socket(**args)
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    socket.socket(12345)
except OSError as e:
    print("family", type(e).__name__, e.errno)

class MySock(socket.socket):
    pass
m = MySock()
m.extra = 1
print(type(m).__name__, m.extra, isinstance(m, _socket.socket))
m.close()

class Bare(_socket.socket):
    __slots__ = ("x",)
b = Bare()
b.x = 5
print(b.x, b.family)
b.close()

with socket.socket() as s:
    print(s._closed)
print(s._closed, s.fileno())

print(socket.socket.__mro__[1] is _socket.socket, _socket.socket.__module__, _socket.socket.__name__)
print(sorted(m for m in dir(_socket.socket) if not m.startswith("__")))
