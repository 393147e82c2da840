# When FileIO() fails on a descriptor the caller passed (a directory, an
# error while setting .name), the descriptor stays open for the caller;
# one FileIO opened itself from a path is closed.
import _io
import errno
import os

fd = os.open('.', os.O_RDONLY)
try:
    _io.FileIO(fd, 'r')
except OSError as e:
    print(type(e).__name__, e.errno == errno.EISDIR)
os.close(fd)
print('closed dir fd')


class Blocked(Exception):
    pass


class MyFileIO(_io.FileIO):
    def __setattr__(self, name, value):
        if name == 'name':
            raise Blocked('blocked setting name')
        return super().__setattr__(name, value)


fd = os.open(__file__, os.O_RDONLY)
try:
    MyFileIO(fd)
except Blocked as e:
    print(type(e).__name__, e)
os.close(fd)
print('closed file fd')

before = len(os.listdir('/proc/self/fd'))
for i in range(5):
    try:
        MyFileIO(__file__)
    except Blocked:
        pass
print('leaked', len(os.listdir('/proc/self/fd')) - before)
try:
    _io.FileIO('.', 'r')
except OSError as e:
    print(type(e).__name__, e.errno == errno.EISDIR, e.filename)
