# One buffered file used by several threads at once: each call takes the
# stream's lock, so no bytes are lost or duplicated; a call re-entering the
# stream from its own raw write raises RuntimeError.
import io
import os
import tempfile
import threading

fd, path = tempfile.mkstemp()
os.close(fd)
with open(path, "wb", buffering=100) as f:
    def write(i):
        for j in range(300):
            f.write(bytes([65 + i]) * (j % 37 + 1))
    ts = [threading.Thread(target=write, args=(i,)) for i in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
with open(path, "rb") as f:
    data = f.read()
print(len(data), {chr(c): data.count(c) for c in sorted(set(data))})

with open(path, "rb", buffering=64) as f:
    counts = []
    lock = threading.Lock()

    def read():
        n = 0
        while True:
            b = f.read(7)
            if not b:
                break
            n += len(b)
        with lock:
            counts.append(n)
    ts = [threading.Thread(target=read) for i in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
print("read total", sum(counts))
os.unlink(path)


class Raw(io.RawIOBase):
    def writable(self):
        return True

    def write(self, b):
        try:
            bw.write(b"x")
        except RuntimeError as e:
            print("RuntimeError:", str(e).split(" inside")[0])
        return len(b)


bw = io.BufferedWriter(Raw(), 4)
bw.write(b"hello world")
bw.flush()
print("done")
