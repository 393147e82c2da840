# TextIOWrapper hands its buffer at most one chunk of pending text at a time:
# pending text is flushed before a write that would overflow the chunk.
import io


class Recorder(io.RawIOBase):
    def __init__(self):
        self.writes = []

    def writable(self):
        return True

    def write(self, b):
        self.writes.append(len(b))
        return len(b)


for enc in ('utf-8', 'ascii', 'utf-16-le'):
    r = Recorder()
    t = io.TextIOWrapper(r, encoding=enc)
    t._CHUNK_SIZE = 16
    for s in ['abc', 'def', 'x' * 14, 'gh', 'y' * 40, 'z']:
        t.write(s)
        print(enc, len(s), r.writes)
    t.flush()
    print(enc, 'flushed', r.writes)
