# Exceptions, tracebacks, recursion, frames and tracing through the fast
# re-entry path of native code calling Python functions.
import functools
import sys
import traceback


def boom(x):
    if x == 3:
        raise ValueError(f"bad {x}")
    return x


for name, fn in [
    ("map", lambda: list(map(boom, range(5)))),
    ("filter", lambda: list(filter(boom, range(5)))),
    ("sorted", lambda: sorted(range(5), key=boom)),
    ("max", lambda: max(range(5), key=boom)),
    ("reduce", lambda: functools.reduce(lambda a, b: boom(b), range(5))),
]:
    try:
        fn()
    except ValueError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(name, e, [fr.name for fr in tb])

# Errors from argument binding still name the function.
try:
    list(map(lambda x, y: x, [1]))
except TypeError as e:
    print(e)
try:
    sorted([1, 2], key=lambda: 0)
except TypeError as e:
    print(e)

# The list being sorted is restored after a failing key.
l = [3, 1, 2]
try:
    l.sort(key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError", l)


# Recursion through a native caller hits the limit as a RecursionError.
def rec(x):
    return list(map(rec, [x]))


try:
    rec(0)
except RecursionError as e:
    print("RecursionError", e)


# The callee's frame sees its Python caller as f_back.
def who(x):
    return sys._getframe(1).f_code.co_name


def caller():
    return list(map(who, [1, 2]))


print(caller())


# Frames escape the call intact (locals saved when the frame ends).
frames = list(map(lambda x: sys._getframe(), [1, 2]))
print([fr.f_locals for fr in frames], frames[0] is frames[1])

# Tracing sees each call, line and return of a key function.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "key":
        events.append((event, arg if event == "return" else None))
    return tracer


def key(x):
    return -x


sys.settrace(tracer)
r = sorted([1, 2, 3], key=key)
sys.settrace(None)
print(r, events)

pevents = []


def prof(frame, event, arg):
    if event in ("call", "return") and frame.f_code.co_name == "key":
        pevents.append(event)


sys.setprofile(prof)
r = list(map(key, [1, 2]))
sys.setprofile(None)
print(r, pevents)


# A key raising inside a generator it drives.
def gen():
    yield 1
    raise KeyError("g")


try:
    list(map(lambda x: x, gen()))
except KeyError as e:
    print("KeyError", e)

# An exception handled inside the callee does not leak out.
def safe(x):
    try:
        return 1 / x
    except ZeroDivisionError:
        return sys.exc_info()[0].__name__


print(list(map(safe, [0, 2])), sys.exc_info())
