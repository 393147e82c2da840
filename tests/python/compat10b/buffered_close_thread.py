# A write to a BufferedWriter racing with its close on another thread waits
# for the close and then fails with "write to closed file".
import io
import threading
import time


class SlowFlushRaw(io.RawIOBase):
    def __init__(self):
        self.in_flush = threading.Event()
        self.data = b''

    def writable(self):
        return True

    def write(self, b):
        self.data += bytes(b)
        return len(b)

    def flush(self):
        self.in_flush.set()
        time.sleep(0.2)


for tp in (io.BufferedWriter, io.BufferedRandom):
    raw = SlowFlushRaw()
    if tp is io.BufferedRandom:
        raw.readable = lambda: True
        raw.seekable = lambda: True
        raw.seek = lambda *a: 0
        raw.tell = lambda: 0
    buf = tp(raw, 8)
    buf.write(b'abc')
    t = threading.Thread(target=buf.close)
    t.start()
    raw.in_flush.wait()
    try:
        buf.write(b'spam')
    except ValueError as e:
        print(tp.__name__, 'ValueError', e)
    print(buf.closed, raw.data)
    t.join()
