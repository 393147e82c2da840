# Implicit chaining happens once, where the exception is raised: passing
# through callers that are handling another exception does not chain it
# again, while a raise statement always chains.
from contextlib import contextmanager

class MyException(Exception):
    pass

@contextmanager
def my_cm():
    try:
        yield
    except BaseException:
        exc = MyException()
        try:
            raise exc
        finally:
            exc.__context__ = None

try:
    with my_cm():
        raise IndexError()
except MyException as exc:
    print("context", exc.__context__)

def inner():
    e = ValueError("inner")
    try:
        raise e
    finally:
        e.__context__ = None

def outer():
    try:
        raise KeyError("outer")
    except KeyError:
        inner()

try:
    outer()
except ValueError as e:
    print("propagated", e.__context__)

def reraiser(e):
    try:
        raise TypeError("t")
    except TypeError:
        raise e

saved = ValueError("saved")
try:
    reraiser(saved)
except ValueError as e:
    print("raise statement rechains", repr(e.__context__))
try:
    raise KeyError("k")
except KeyError:
    try:
        reraiser(saved)
    except ValueError as e:
        print("again", repr(e.__context__), repr(e.__context__.__context__))

# builtins raising while handling are chained
try:
    try:
        raise KeyError(1)
    except KeyError:
        [].pop()
except IndexError as e:
    print("builtin", repr(e.__context__))

# map() calling a Python function that raises
def boom(x):
    raise ZeroDivisionError(x)
try:
    try:
        raise KeyError(2)
    except KeyError:
        list(map(boom, [1]))
except ZeroDivisionError as e:
    print("via map", repr(e.__context__))
