# SourceFileLoader.get_data returns a file's bytes and raises the OSError
# open() would (errno, strerror, filename), whether it reads the file
# itself or through _io.open_code; a replaced _io.open_code is called, and
# an audit hook sees the file being opened. Imports through it still work
# from source and from the .pyc written the first time.
import _io
import importlib
import importlib._bootstrap_external as ext
import os
import sys
import tempfile

sys.dont_write_bytecode = False
d = tempfile.mkdtemp()
src = os.path.join(d, "getdata_mod.py")
with open(src, "w") as f:
    f.write("X = 41 + 1\n")
empty = os.path.join(d, "empty.txt")
open(empty, "wb").close()
uni = os.path.join(d, "d\u00e9j\u00e0.txt")
with open(uni, "wb") as f:
    f.write(b"\x00\xffbytes")

loader = ext.SourceFileLoader("getdata_mod", src)
data = loader.get_data(src)
print(type(data).__name__, data)
print(loader.get_data(empty))
print(loader.get_data(uni))


def show(path):
    try:
        loader.get_data(path)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == path)
    except Exception as e:
        print(type(e).__name__, e)


show(os.path.join(d, "missing.pyc"))
show(d)
show(os.path.join(src, "below"))
show("a\0b")
show(b"bytes-path")

calls = []
real = _io.open_code


def spy(path):
    calls.append(os.path.basename(path))
    return real(path)


_io.open_code = spy
try:
    print(loader.get_data(src) == data, calls)
finally:
    _io.open_code = real

seen = []


def hook(event, args):
    if event == "open" and isinstance(args[0], str) and args[0].startswith(d):
        seen.append((event, os.path.basename(args[0])))


sys.addaudithook(hook)
print(loader.get_data(src) == data, seen)

sys.path.insert(0, d)
import getdata_mod

print(getdata_mod.X)
del sys.modules["getdata_mod"]
importlib.invalidate_caches()
import getdata_mod

print(getdata_mod.X, getdata_mod.__cached__ is not None)
