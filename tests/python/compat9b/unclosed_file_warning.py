# A file object dropped without close() warns "ResourceWarning: unclosed
# file <repr>" when collected, under filters that show ResourceWarning
# (the default filters ignore it); closed files and closefd=False do not.
import gc
import io
import os
import tempfile
import warnings

d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt')
with open(p, 'w') as f:
    f.write('data\n')


def drop(kind):
    if kind == 'text':
        f = open(p, encoding='utf-8')
    elif kind == 'textw':
        f = open(p, 'a', encoding='latin-1')
    elif kind == 'buffered':
        f = open(p, 'rb')
    elif kind == 'bufferedw':
        f = open(p, 'ab')
    elif kind == 'raw':
        f = open(p, 'rb', buffering=0)
    elif kind == 'fileio':
        f = io.FileIO(p)
    elif kind == 'closed':
        f = open(p, encoding='utf-8')
        f.close()
        return None
    elif kind == 'noclosefd':
        fd = os.open(p, os.O_RDONLY)
        f = open(fd, closefd=False, encoding='utf-8')
        return fd
    elif kind == 'bytesio':
        f = io.BufferedReader(io.BytesIO(b'x'))
    if f.writable():
        f.write(b'' if 'b' in f.mode else '')
    else:
        f.read(1)


for kind in ('text', 'textw', 'buffered', 'bufferedw', 'raw', 'fileio', 'closed', 'noclosefd', 'bytesio'):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        fd = drop(kind)
        gc.collect()
        gc.collect()
    print(kind, [(x.category.__name__, str(x.message).replace(p, 'P')) for x in w])
    if fd is not None:
        os.close(fd)

with warnings.catch_warnings(record=True) as w:
    drop('text')
    gc.collect()
print('default filters:', len(w))

with open(p, encoding='utf-8') as f:
    print(repr(f.read()))
os.remove(p)
os.rmdir(d)
