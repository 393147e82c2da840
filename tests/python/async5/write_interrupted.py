# A large write to a pipe whose reader is slow blocks; a signal handler
# that raises ends it (os.write, FileIO.write, BufferedWriter.write), and
# without a signal the whole buffer is written.
import os
import signal
import threading


def raising(signum, frame):
    1 / 0


signal.signal(signal.SIGALRM, raising)
big = b"x" * (4 * 1024 * 1024)
for kind in ("os.write", "FileIO", "BufferedWriter"):
    r, w = os.pipe()
    got = []
    t = threading.Thread(target=lambda: got.append(os.read(r, 1)), daemon=True)
    t.start()
    if kind == "os.write":
        write = lambda: os.write(w, big)
    else:
        f = open(w, "wb", buffering=0 if kind == "FileIO" else 8192, closefd=False)
        write = lambda: f.write(big)
    signal.alarm(1)
    try:
        write()
    except ZeroDivisionError:
        print(kind, "interrupted")
    finally:
        signal.alarm(0)
    t.join()
    print("reader got", got)
    os.close(r)
    os.close(w)

r, w = os.pipe()
data = []


def drain():
    while True:
        b = os.read(r, 65536)
        if not b:
            break
        data.append(len(b))


t = threading.Thread(target=drain)
t.start()
print("os.write wrote", os.write(w, big))
with open(w, "wb", closefd=False) as f:
    print("BufferedWriter wrote", f.write(big))
os.close(w)
t.join()
print("drained", sum(data))
os.close(r)
