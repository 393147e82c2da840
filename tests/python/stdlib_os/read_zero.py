# os.read(fd, 0) returns b'' at once, even on a socket with nothing to read
# or a pipe nobody writes to; a closed fd still raises EBADF.
import os
import socket

a, b = socket.socketpair()
print(os.read(a.fileno(), 0))
r, w = os.pipe()
print(os.read(r, 0))
os.write(w, b"xy")
print(os.read(r, 0), os.read(r, 5))
os.close(r)
os.close(w)
try:
    os.read(r, 0)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.read(a.fileno(), -1)
except OSError as e:
    print(type(e).__name__, e.errno)
a.close()
b.close()
