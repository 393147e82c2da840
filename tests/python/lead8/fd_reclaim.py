# File objects and sockets that nothing references give their descriptors
# back: a loop that opens files (or sockets) without closing them never
# runs out of descriptors, as under CPython's reference counting.
import gc
import os
import resource
import socket
import tempfile

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (128, hard))


def nfds():
    return len(os.listdir('/proc/self/fd'))


base = nfds()
d = tempfile.mkdtemp()
path = os.path.join(d, 'data.txt')
with open(path, 'w') as f:
    f.write('hello\n')

total = 0
for i in range(400):
    total += len(open(path).read())
print('text reads', total)

for i in range(300):
    open(path, 'rb').read()
for i in range(300):
    s = socket.socket()
print('sockets made')

for i in range(200):
    r, w = os.pipe()
    os.close(r)
    os.close(w)
    open(path, 'rb')
fd = os.open(path, os.O_RDONLY)
os.close(fd)
print('os.open ok')

# A writer that was never closed is flushed when collected.
out = os.path.join(d, 'out.txt')
for i in range(20):
    open(out, 'w').write('line %d\n' % i)
gc.collect()
print(open(out).read())
gc.collect()
print('descriptors back', nfds() - base <= 2)
leaked = [open(path) for i in range(50)]
print('held', nfds() - base >= 50)
del leaked
gc.collect()
print('released', nfds() - base <= 2)
os.unlink(path)
os.unlink(out)
os.rmdir(d)
