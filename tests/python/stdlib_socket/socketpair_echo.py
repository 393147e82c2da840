# socketpair: echo, shutdown, options, names, sendmsg/recvmsg with SCM_RIGHTS
import socket, os, array

a, b = socket.socketpair()
print(a.family == socket.AF_UNIX, a.type, b.proto, a.getblocking(), a.gettimeout())
print(repr(a.getsockname()), repr(b.getpeername()))
a.sendall(b"hello world")
print(b.recv(5), b.recv(100))
n = a.send(memoryview(b"abcdef")[1:4])
print(n, b.recv(10))
buf = bytearray(8)
a.send(b"xyz")
print(b.recv_into(buf), buf)
a.send(b"12345")
print(b.recv_into(buf, 2), buf)
print(b.recv(10, socket.MSG_PEEK), b.recv(10))
print(a.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM)
print(a.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
a.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 65536)
print(a.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF) >= 65536)
print(len(a.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12)))

# sendmsg / recvmsg with no ancillary data
print(a.sendmsg([b"ab", b"cd", memoryview(b"ef")]))
msg, anc, flags, addr = b.recvmsg(100)
print(msg, anc, flags, repr(addr))

# pass a file descriptor
r, w = os.pipe()
a.sendmsg([b"F"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", [w]))])
msg, anc, flags, addr = b.recvmsg(10, socket.CMSG_SPACE(4))
level, typ, data = anc[0]
print(msg, level == socket.SOL_SOCKET, typ == socket.SCM_RIGHTS, len(data))
fd = array.array("i", data)[0]
os.write(fd, b"through pipe")
print(os.read(r, 100))
for x in (r, w, fd):
    os.close(x)
print(socket.CMSG_LEN(4), socket.CMSG_SPACE(4), socket.CMSG_SPACE(0))

# recvmsg_into
a.send(b"0123456789")
b1, b2 = bytearray(4), bytearray(10)
print(b.recvmsg_into([b1, b2])[0], b1, b2)

# shutdown: the peer reads EOF
a.shutdown(socket.SHUT_WR)
print(b.recv(10))
a.close(); b.close()
print(a.fileno(), a._closed)
for fn in (lambda: a.recv(1), lambda: a.send(b"x"), lambda: a.getsockname()):
    try:
        fn()
    except OSError as e:
        print(type(e).__name__, e.errno)

# datagram pair
c, d = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
c.send(b"one"); c.send(b"two")
print(d.recv(10), d.recvfrom(10))
c.close(); d.close()

# non-blocking: nothing to read
e, f = socket.socketpair()
e.setblocking(False)
print(e.getblocking(), e.gettimeout())
try:
    e.recv(10)
except BlockingIOError as exc:
    print("BlockingIOError", exc.errno)
e.settimeout(0.05)
try:
    e.recv(10)
except socket.timeout as exc:
    print(type(exc).__name__, exc, socket.timeout is TimeoutError)
e.close(); f.close()

# argument errors
s, t = socket.socketpair()
for call in ["s.recv()", "s.recv(-1)", "s.recv(1, 2, 3)", "s.recv_into(b'x')", "s.recv_into(bytearray(1), 5)",
             "s.recv_into(bytearray(1), -1)", "s.send('x')", "s.sendto(b'x')", "s.getsockopt(1)",
             "s.getsockopt(1, 2, 2000)", "s.recvmsg(-1)", "s.recvmsg(1, -1)", "s.sendmsg(1)", "s.sendmsg([1])",
             "s.settimeout(-1)", "s.settimeout('a')", "s.recvfrom_into(bytearray(2), 5)", "s.bind(1)"]:
    try:
        eval(call)
        print(call, "ok")
    except Exception as exc:
        print(call, type(exc).__name__, exc)
s.close(); t.close()
