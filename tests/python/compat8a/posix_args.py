# posix argument details: a bytes-like path is OSError.filename itself,
# eventfd_write's unsigned long long value, copy_file_range/splice's count,
# ttyname's errno.
import os, pathlib, warnings
warnings.simplefilter("ignore")
for name in [bytearray(b"/nonexist_x"), pathlib.Path("/nonexist_y"), memoryview(b"/nonexist_z"), b"/nonexist_w", "/nonexist_v"]:
    for fn in (os.chdir, os.stat, os.listdir, os.rmdir):
        try:
            fn(name)
        except OSError as e:
            print(fn.__name__, type(e.filename).__name__, e.filename is name, e.errno)
try:
    os.rename(bytearray(b"/nonexist_a"), bytearray(b"/nonexist_b"))
except OSError as e:
    print(type(e.filename).__name__, type(e.filename2).__name__)
fd = os.eventfd(0)
os.eventfd_write(fd, 2**64 - 2)
print(os.eventfd_read(fd))
for v in (2**64 - 1, 2**64, -1, 2.5, "1", True, -2**70, 5):
    try:
        os.eventfd_write(fd, v)
        print(os.eventfd_read(fd))
    except Exception as e:
        print(type(e).__name__, e)
os.close(fd)
for f in (os.copy_file_range, os.splice):
    for c in (2.5, 2**63, -2**63 - 1, -10, -1):
        try:
            f(0, 1, c)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
fd = os.open(__file__, os.O_RDONLY)
for f in (fd, 999, -1):
    try:
        print(os.ttyname(f))
    except Exception as e:
        print(type(e).__name__, e)
os.close(fd)
