# posix.stat and os.stat_result: fields, tuple view, repr, construction.
import posix

s = posix.stat('/')
print(type(s).__name__, type(s).__module__, type(s).__qualname__, len(s))
print(s.st_mode == s[0], s.st_ino == s[1], s.st_dev == s[2], s.st_nlink == s[3])
print(s.st_uid == s[4], s.st_gid == s[5], s.st_size == s[6])
print(type(s.st_atime).__name__, type(s.st_mtime_ns).__name__, type(s[8]).__name__)
print(s.st_mtime_ns // 10**9 == s[8], int(s.st_mtime) == s[8], s.st_blksize > 0, s.st_blocks >= 0)
print(s[7:] == (s[7], s[8], s[9]), isinstance(s, tuple), s == tuple(s), hash(s) == hash(tuple(s)))
print(posix.stat_result.n_fields, posix.stat_result.n_sequence_fields, posix.stat_result.n_unnamed_fields)
print(posix.stat_result.__match_args__)
print(posix.lstat('/').st_mode == s.st_mode, posix.stat(b'/').st_ino == s.st_ino)

r = posix.stat_result(tuple(range(10)))
print(repr(r))
print(r.st_atime, r.st_mtime, r.st_ctime, r.st_atime_ns, r.st_blksize, r.st_rdev)
r = posix.stat_result(tuple(range(19)))
print(r.st_atime, r.st_mtime, r.st_ctime, r.st_atime_ns, r.st_rdev, len(r), r[9])
print(r.__reduce__())
r = posix.stat_result(tuple(range(10)), {'st_atime': 5.5, 'st_rdev': 9, 'bogus': 1})
print(r.st_atime, r.st_mtime, r.st_ctime, r.st_atime_ns, r.st_rdev)
print(r.__reduce__())
print(list(r), r[-1], r[2:4])

for bad in [(1, 2), tuple(range(20))]:
    try:
        posix.stat_result(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    posix.stat_result(tuple(range(10)), 5)
except TypeError as e:
    print('TypeError', e)
try:
    posix.stat_result(5)
except TypeError as e:
    print('TypeError', e)
try:
    r.st_mode = 3
except AttributeError as e:
    print('AttributeError', e)
try:
    r[10]
except IndexError as e:
    print('IndexError', e)
try:
    r.__dict__
except AttributeError as e:
    print('AttributeError', e)

for a in ['nope', b'nope', 999, 5.0, None, 'a\0b', b'a\0b']:
    try:
        posix.stat(a)
    except Exception as e:
        print(type(e).__name__, e)
for fn in [posix.lstat, posix.mkdir, posix.listdir, posix.rmdir, posix.unlink, posix.chdir, posix.readlink]:
    try:
        fn(5.0)
    except TypeError as e:
        print('TypeError', e)
try:
    posix.fstat(999)
except OSError as e:
    print(type(e).__name__, e)

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p
print(posix.stat(P('/')).st_ino == s.st_ino)
try:
    posix.stat(P(3))
except TypeError as e:
    print('TypeError', e)
try:
    posix.stat(P('nope'))
except OSError as e:
    print(type(e).__name__, e, e.filename)
print(posix.fspath('x'), posix.fspath(b'y'), posix.fspath(P('z')), posix.fspath(P(b'w')))
for a in [1, None, P(1)]:
    try:
        posix.fspath(a)
    except TypeError as e:
        print('TypeError', e)
