# Frame objects and traceback entries report the line of the instruction
# they were at, whenever that line is asked for: while the frame runs,
# after it has ended, for frames materialized through sys._getframe and
# for every entry of a traceback, including module-level frames.
import sys
import traceback


def inner():
    f = sys._getframe()
    caller = sys._getframe(1)
    x = 1
    y = 2
    live = sys._getframe().f_lineno
    return f, caller, live, caller.f_lineno, sys._getframe(x + y - 3)


def outer():
    f, caller, live, during = inner()[:4]
    return f, caller, live, during, sys._getframe()


f, caller, live, during = outer()[:4]
print("live line", live)
print("caller line while it calls", during)
print("ended frame line", f.f_lineno)
print("ended caller line", caller.f_lineno)
print("module frame line", sys._getframe().f_lineno)


def fail(n):
    if n == 0:
        raise ValueError("deep")
    return fail(n - 1)


def catcher():
    try:
        fail(3)
    except ValueError as e:
        return e


e = catcher()
tb = e.__traceback__
while tb is not None:
    name = tb.tb_frame.f_code.co_name
    print("tb", name, tb.tb_lineno, tb.tb_frame.f_lineno if name == "fail" else "")
    tb = tb.tb_next
print("".join(traceback.format_tb(e.__traceback__)).count("line"))


def loop_raise():
    # one frame, several traceback entries at different lines
    try:
        try:
            raise KeyError(1)
        except KeyError:
            raise TypeError(2)
    except TypeError as t:
        return t


t = loop_raise()
print("ctx", t.__context__.__traceback__.tb_lineno, t.__traceback__.tb_lineno)

# A traceback made by hand keeps the line it was given.
tb2 = type(e.__traceback__)(None, sys._getframe(), 0, 12345)
print("given", tb2.tb_lineno)

# A module-level exception, caught at module level: the line of the raise.
try:
    x = [1, 2, 3]
    x[10]
except IndexError as ie:
    print("module tb", ie.__traceback__.tb_lineno, ie.__traceback__.tb_frame is sys._getframe())

# Generators: the frame of a finished generator, and a suspended one.


def gen():
    yield sys._getframe()
    yield 2


g = gen()
gf = next(g)
print("suspended gen line", gf.f_lineno)

# A frame materialized early and then left by an exception.
saved = []


def leaves():
    saved.append(sys._getframe())
    a = 1
    raise RuntimeError


try:
    leaves()
except RuntimeError as r:
    print("left by exception", saved[0].f_lineno, r.__traceback__.tb_next.tb_lineno)
