# `del name` of the last reference to an object on no reference cycle runs
# its __del__ (or closes the generator) before the next statement, as
# CPython's reference counting does: in functions, at module level, inside
# with blocks and try blocks, after the object passed through calls.
import gc
import sys


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit")


def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("gen closed", tag)


def in_function():
    r = Res("local")
    print(r.name)
    del r
    print("after del local")


def in_with():
    with CM():
        r = Res("with")
        len([r, r])
        del r
        print("after del in with")


def in_try():
    try:
        r = Res("try")
        del r
        print("after del in try")
    finally:
        pass


def suspended_generator():
    g = gen("local")
    print(next(g))
    del g
    print("after del generator")


def loop():
    for i in range(3):
        r = Res("loop%d" % i)
        del r
        print("after del", i)


in_function()
in_with()
in_try()
suspended_generator()
loop()

r = Res("module")
del r
print("after del module")

g = gen("module")
next(g)
del g
print("after del module generator")

with CM():
    r = Res("module with")
    del r
    print("after del module with")


def uses_global():
    global gr
    gr = Res("global")
    del gr
    print("after del global")


uses_global()

# An object still referenced elsewhere is not finalized by `del`.
keep = []
r = Res("kept")
keep.append(r)
del r
print("kept alive:", keep[0].name)
keep.clear()
gc.collect()  # (a plain list.clear is not prompt in Krait)
print("after clear")

# A generator that ignores GeneratorExit: the unraisable hook sees the
# RuntimeError with a traceback of the frame whose `del` dropped it.
def stubborn():
    try:
        yield
    except GeneratorExit:
        yield "again"


seen = []
sys.unraisablehook = seen.append
s = stubborn()
next(s)
del s
print(len(seen), seen[0].exc_type.__name__, seen[0].exc_value)
print(seen[0].exc_traceback is not None, seen[0].exc_traceback.tb_frame is sys._getframe())
sys.unraisablehook = sys.__unraisablehook__
print("end")
