# AF_UNIX: path and abstract addresses, str and bytes
import socket, os, tempfile, threading

d = tempfile.mkdtemp()
path = os.path.join(d, "sock")
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(path)
srv.listen(1)
print(srv.getsockname() == path, os.path.exists(path))
c = socket.socket(socket.AF_UNIX)
c.connect(path)
conn, addr = srv.accept()
print(repr(addr), repr(c.getsockname()), c.getpeername() == path)
c.sendall(b"unix data")
print(conn.recv(100))
conn.close(); c.close(); srv.close()
os.unlink(path)

bpath = os.fsencode(path)
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(bpath)
print(type(s.getsockname()).__name__, s.getsockname() == path)
s.close(); os.unlink(path)

a = socket.socket(socket.AF_UNIX)
name = b"\0krait-test-%d" % os.getpid()
a.bind(name)
print(a.getsockname() == name, type(a.getsockname()).__name__)
a.close()

for bad in [1, "x" * 200, ("a",)]:
    try:
        socket.socket(socket.AF_UNIX).bind(bad)
    except Exception as e:
        print(type(e).__name__, e)
os.rmdir(d)

x = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
try:
    x.connect(os.path.join(d, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
x.close()
