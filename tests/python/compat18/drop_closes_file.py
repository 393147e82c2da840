# `del f` and `f = None` close a file nothing else holds at once, with the
# "unclosed file" ResourceWarning naming the line that dropped it, as
# CPython's reference counts do; a file still held elsewhere stays open.
import os
import sys
import warnings

warnings.simplefilter("always", ResourceWarning)


def show(message, category, filename, lineno, file=None, line=None):
    print("warning:", category.__name__, str(message).split(" name=")[0],
          os.path.basename(filename), lineno)


warnings.showwarning = show
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "drop_closes_file.py")


def by_del():
    f = open(path, "rb")
    del f
    print("after del")


def by_none():
    f = open(path, "r")
    f = None
    print("after None", f)


def raw():
    f = open(path, "rb", buffering=0)
    f = None
    print("after raw")


def held():
    f = open(path, "rb")
    keep = [f]
    f = None
    print("held, closed:", keep[0].closed)
    keep[0].close()


def closed_first():
    f = open(path, "rb")
    f.close()
    f = None
    print("closed first")


by_del()
by_none()
raw()
held()
closed_first()
print("end")
