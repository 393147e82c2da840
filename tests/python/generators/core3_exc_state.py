# Each generator keeps its own handled exception (sys.exc_info) across
# yields; inside it, sys.exc_info falls back to the caller's.
import sys

def name():
    t = sys.exc_info()[0]
    return t.__name__ if t else None

def yield_raise():
    try:
        raise KeyError("caught")
    except KeyError:
        yield name()
        yield name()
    yield name()

g = yield_raise()
print(next(g), name(), next(g), name(), next(g))
try:
    raise TypeError("foo")
except TypeError:
    g = yield_raise()
    print(next(g), name(), next(g), name(), next(g), name())

def g2():
    try:
        raise ValueError
    except ValueError:
        yield 1
    print("after except:", name())
    yield 2

gen = g2()
try:
    raise IndexError
except IndexError:
    print(next(gen))
print(next(gen))

def store():
    try:
        print("start", name())
        yield
    except Exception as exc:
        print("thrown", name(), exc.__context__)
        yield
        print("still", name())
        yield
        raise

make = store()
next(make)
try:
    raise ValueError("v")
except Exception as exc:
    make.throw(exc)
next(make)
try:
    next(make)
except ValueError as e:
    print("reraised", repr(e))

class MainError(Exception): pass
class SubError(Exception): pass
def main():
    try:
        raise MainError()
    except MainError:
        try:
            yield
        except SubError:
            pass
        raise
coro = main()
coro.send(None)
try:
    coro.throw(SubError())
except MainError as e:
    print("MainError", type(e.__context__).__name__ if e.__context__ else None)

def f():
    try:
        raise KeyError('a')
    except Exception:
        yield
gen = f()
gen.send(None)
try:
    gen.throw(ValueError)
except ValueError as e:
    print("context", repr(e.__context__))

def f2():
    try:
        raise KeyError('a')
    except Exception:
        yield from iter_inner()
def iter_inner():
    yield
gen = f2()
gen.send(None)
try:
    gen.throw(ValueError)
except ValueError as e:
    print("context via yield from", repr(e.__context__))

def ctx():
    try:
        try:
            print(name())
            yield
        except ValueError:
            print("in gen", name())
            raise TypeError()
    except Exception as exc:
        print(name(), type(exc.__context__).__name__)
    print("caller's", name())
    yield
    print(name())
    yield "done"
g = ctx()
next(g)
try:
    raise ValueError
except Exception as exc:
    g.throw(exc)
print(next(g), sys.exc_info())
