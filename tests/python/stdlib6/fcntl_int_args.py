# fcntl: the third argument is an unsigned int taken modulo 2**32 ("I"),
# ioctl's is a checked C int ("i"), its request any int modulo 2**32
import fcntl, os

fd = os.open('/', os.O_RDONLY)


class I:
    def __index__(self):
        return 5


for a in [2**31, 2**32 + 1, -1, 2**64, -(2**40), I(), 1.5, None, True]:
    try:
        print("fcntl", fcntl.fcntl(fd, fcntl.F_GETFD, a))
    except Exception as e:
        print("fcntl", type(e).__name__, e)
for a in [2**31, 2**32 + 1, -(2**31) - 1, 2**64, -(2**40), 1.5, None]:
    try:
        print("ioctl", fcntl.ioctl(fd, 0x5421, a))
    except Exception as e:
        print("ioctl", type(e).__name__, e)
for req in [2**31, 2**64 + 0x5421, -1, I(), 1.5]:
    try:
        print("ioctl req", fcntl.ioctl(fd, req, 0))
    except Exception as e:
        print("ioctl req", type(e).__name__, e)
for cmd in [2**31, -(2**31) - 1, 2**64]:
    for f in (fcntl.fcntl, fcntl.flock, fcntl.lockf):
        try:
            print(f.__name__, f(fd, cmd))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
try:
    print(fcntl.fcntl(fd, fcntl.F_NOTIFY, fcntl.DN_MULTISHOT))
except Exception as e:
    print(type(e).__name__, e)
os.close(fd)
