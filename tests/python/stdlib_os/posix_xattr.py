# posix: extended attributes, preadv/pwritev, splice.
import posix as os
base = '/tmp/krait_xattr_%d' % os.getpid()
os.close(os.open(base, os.O_CREAT | os.O_WRONLY))
try:
    try:
        os.setxattr(base, 'user.k', b'v')
        print(os.getxattr(base, 'user.k'), os.listxattr(base), os.getxattr(base, b'user.k'))
    except OSError as e:
        print(type(e).__name__, e.errno)
    for f in [lambda: os.getxattr(base, 'user.nope'), lambda: os.getxattr('/nonexist', 'user.nope'),
              lambda: os.setxattr(base, 'user.k', b'w', os.XATTR_CREATE)]:
        try:
            f()
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, e.filename == base)
    print(os.listxattr(base), os.removexattr(base, 'user.k'), os.listxattr(base))
    fd = os.open(base, os.O_RDWR)
    print(os.pwritev(fd, [b'abc', b'def'], 2), os.pread(fd, 20, 0))
    b1, b2 = bytearray(3), bytearray(10)
    print(os.preadv(fd, [b1, b2], 1), b1, b2)
    r, w = os.pipe()
    print(os.splice(fd, w, 4, offset_src=0), os.read(r, 10))
    os.close(fd)
finally:
    os.unlink(base)
print(os.XATTR_CREATE, os.XATTR_REPLACE, os.XATTR_SIZE_MAX)
