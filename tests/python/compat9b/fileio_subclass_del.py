# A Python subclass of FileIO collected while open: its __del__ runs,
# IOBase's finalizer marks it _finalizing and close() warns "unclosed
# file" with the object's repr before closing; data written is kept.
import gc
import io
import os
import tempfile
import warnings

d = tempfile.mkdtemp()
p = os.path.join(d, 'x.bin')
record = []


class MyFileIO(io.FileIO):
    def __del__(self):
        record.append(1)
        super().__del__()

    def close(self):
        record.append(2)
        super().close()

    def flush(self):
        record.append(3)
        super().flush()


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    f = MyFileIO(p, 'wb')
    f.write(b'xxx')
    print(f._finalizing)
    del f
    gc.collect()
print(record, [(x.category.__name__, str(x.message).replace(p, 'P')) for x in w])
with open(p, 'rb') as f:
    print(f.read())
g = io.FileIO(p)
g._finalizing = True
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    g.close()
print(g._finalizing, [str(x.message).replace(p, 'P') for x in w])
os.remove(p)
os.rmdir(d)
