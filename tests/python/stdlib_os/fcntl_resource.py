# fcntl (fcntl, flock, lockf, ioctl) and resource (limits, rusage).
import fcntl, posix as os, resource
base = '/tmp/krait_fcntl_%d' % os.getpid()
r, w = os.pipe()
print(fcntl.fcntl(r, fcntl.F_GETFD), fcntl.fcntl(r, fcntl.F_GETFL), fcntl.fcntl(r, fcntl.F_SETFL, os.O_NONBLOCK), fcntl.fcntl(r, fcntl.F_GETFL))
for a in [(999, 1), (r, 1, 'x'), ('x', 1), (r, 1, 1.5), (r, 1, b'abc')]:
    try:
        print(fcntl.fcntl(*a))
    except Exception as e:
        print(type(e).__name__, e)
fd = os.open(base, os.O_RDWR | os.O_CREAT)
try:
    print(fcntl.flock(fd, fcntl.LOCK_EX), fcntl.flock(fd, fcntl.LOCK_UN), fcntl.lockf(fd, fcntl.LOCK_EX), fcntl.lockf(fd, fcntl.LOCK_UN))
    for a in [(999, 1)]:
        try:
            fcntl.flock(*a)
        except Exception as e:
            print(type(e).__name__, e)
    for code in [99, 0, fcntl.LOCK_SH | fcntl.LOCK_NB, fcntl.LOCK_UN]:
        try:
            print(fcntl.lockf(fd, code))
        except Exception as e:
            print(type(e).__name__, e)
    os.write(w, b'abc')
    print(fcntl.ioctl(r, 0x541B, b'    '), fcntl.ioctl(r, 0x541B, b'\0\0\0\0\0'))
    buf = bytearray(4)
    print(fcntl.ioctl(r, 0x541B, buf), buf)
finally:
    os.close(fd)
    os.unlink(base)
print(resource.getrlimit(resource.RLIMIT_NOFILE) == resource.prlimit(0, resource.RLIMIT_NOFILE), resource.getpagesize())
for a in [99, -1, 'x']:
    try:
        print(resource.getrlimit(a))
    except Exception as e:
        print(type(e).__name__, e)
for a in [(99, (1, 1)), (resource.RLIMIT_CORE, 5), (resource.RLIMIT_CORE, (1, 2, 3)), (resource.RLIMIT_CORE, ('a', 1))]:
    try:
        print(resource.setrlimit(*a))
    except Exception as e:
        print(type(e).__name__, e)
soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, (0, hard))
print(resource.getrlimit(resource.RLIMIT_CORE)[0])
for a in [5, 'x']:
    try:
        print(resource.getrusage(a))
    except Exception as e:
        print(type(e).__name__, e)
ru = resource.getrusage(resource.RUSAGE_SELF)
print(type(ru).__name__, len(ru), ru.ru_maxrss > 0, type(ru.ru_utime).__name__, resource.RLIM_INFINITY, resource.error is OSError)
print(fcntl.LOCK_EX, fcntl.F_SETLKW, fcntl.FD_CLOEXEC, resource.RUSAGE_CHILDREN, resource.RLIMIT_AS)
