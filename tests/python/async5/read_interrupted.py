# A signal handler runs while os.read and FileIO.read block on an empty
# pipe: one that raises ends the read (PEP 475), one that returns lets the
# read go on; signal.pause returns after a handler ran.
import os
import signal

r, w = os.pipe()


def raising(signum, frame):
    1 / 0


signal.signal(signal.SIGALRM, raising)
for loop in range(2):
    signal.alarm(1)
    try:
        os.read(r, 1)
    except ZeroDivisionError as e:
        print("os.read interrupted", loop, type(e).__name__)


def writer(signum, frame):
    os.write(w, b"xy")
    print("handler wrote")


signal.signal(signal.SIGALRM, writer)
signal.alarm(1)
print("os.read ->", os.read(r, 1))
print("os.read ->", os.read(r, 1))

f = open(r, "rb", buffering=0, closefd=False)
signal.signal(signal.SIGALRM, raising)
signal.alarm(1)
try:
    f.read(1)
except ZeroDivisionError:
    print("FileIO.read interrupted")

b = open(r, "rb", closefd=False)
signal.alarm(1)
try:
    b.read(1)
except ZeroDivisionError:
    print("BufferedReader.read interrupted")

signal.signal(signal.SIGALRM, lambda s, fr: print("alarm handler", s == signal.SIGALRM))
signal.alarm(1)
print("pause ->", signal.pause())

# A non-blocking pipe still raises BlockingIOError at once.
os.set_blocking(r, False)
try:
    os.read(r, 1)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
os.set_blocking(r, True)
os.write(w, b"z")
print("ready data ->", os.read(r, 5))
os.close(r)
os.close(w)
