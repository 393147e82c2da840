# Listing /proc/self/fd counts only descriptors something still holds:
# files (and objects whose __del__ closes files) dropped earlier are closed
# by then, as CPython's reference counts close them at once.
import gc
import os
import zipfile
import tempfile


def count():
    return len(os.listdir("/proc/self/fd"))


class Holder:
    def __init__(self, path):
        self.f = open(path, "rb")

    def __del__(self):
        self.f.close()


def drop_plain():
    open(__file__, "rb")


def drop_holder():
    Holder(__file__)


def drop_zip(path):
    zipfile.ZipFile(path).read("a")


gc.collect()  # the run's first collection, as in a test suite
base = count()
kept = [open(__file__, "rb") for _ in range(3)]
print("kept", count() - base)
for _ in range(5):
    drop_plain()
    drop_holder()
print("after drops", count() - base)

with tempfile.TemporaryDirectory() as d:
    zp = os.path.join(d, "z.zip")
    with zipfile.ZipFile(zp, "w") as z:
        z.writestr("a", b"x" * 1000)
    start = count()
    for _ in range(20):
        drop_zip(zp)
    junk = [bytes(1000) for _ in range(20000)]  # allocation between counts
    del junk
    print("zip drops", count() - start)
    print("listdir via /proc/pid", len(os.listdir("/proc/%d/fd" % os.getpid())) - base)
for f in kept:
    f.close()
print("closed", count() - base)
