# A thread blocked on a socket whose peer was dropped without close() sees
# end-of-file (CPython closes at the last reference), so joining it ends.
import socket
import threading

def reader(s, out):
    out.append(s.recv(10))
    out.append(s.recv(10))

a, b = socket.socketpair()
out = []
t = threading.Thread(target=reader, args=(b, out))
t.start()
a.sendall(b"hello")
del a
t.join()
print(out)
b.close()

# The same through a file made by makefile(): the socket object is closed
# but the file still holds its descriptor until the file is dropped.
a, b = socket.socketpair()
f = a.makefile("wb")
a.close()
f.write(b"data")
f.flush()
out = []
t = threading.Thread(target=reader, args=(b, out))
t.start()
del f
t.join()
print(out)
