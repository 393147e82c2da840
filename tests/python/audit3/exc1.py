import sys
def show(e):
    print(type(e).__name__, repr(e), str(e), e.args)
for e in [Exception(), Exception(1), Exception(1, 2), KeyError("k"), KeyError(), KeyError(1, 2),
          OSError(2, "No such"), OSError(2, "No such", "f.txt"), OSError(2, "x", "a", None, "b"), OSError("one"),
          FileNotFoundError(2, "nf", "p"), OSError(13, "perm"), OSError(1,2,3,4,5,6),
          UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), UnicodeEncodeError("ascii", "\xe9", 0, 1, "bad"),
          UnicodeTranslateError("\xe9", 0, 1, "bad"),
          SyntaxError("m", ("f.py", 1, 2, "x y", 1, 3)), SyntaxError("m"), SyntaxError(),
          StopIteration(5), StopIteration(), SystemExit(3), SystemExit(), SystemExit(1, 2),
          ImportError("m", name="n", path="p"), ModuleNotFoundError("x"),
          AttributeError("a", name="n", obj=1), NameError("x", name="y"),
          BaseExceptionGroup("msg", [ValueError(1)]), ExceptionGroup("eg", [TypeError(2), ValueError(3)])]:
    show(e)
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(11, "x")).__name__, type(OSError(32, "x")).__name__)
e = OSError(2, "No such", "f.txt", None, "g.txt"); print(e.errno, e.strerror, e.filename, e.filename2, str(e))
e = SyntaxError("m", ("f.py", 1, 2, "x y", 1, 3)); print(e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.msg)
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad"); print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
e = StopIteration(1, 2); print(e.value)
e = SystemExit(1, 2); print(e.code)
e = KeyError("k"); print(str(e), repr(e))
print(str(KeyError("a", "b")))
e = BaseException(); e.args = (1,); print(e.args); e.args = [2, 3]; print(e.args)
try: BaseException(x=1)
except TypeError as e: print(e)
try: Exception(x=1)
except TypeError as e: print(e)
print(BaseException.__new__(ValueError).args)
e = ValueError(); e.__traceback__ = None
try: e.__traceback__ = 1
except TypeError as e2: print(e2)
try: e.__cause__ = 1
except TypeError as e2: print(e2)
try: e.__context__ = 1
except TypeError as e2: print(e2)
e.__cause__ = KeyError(); print(e.__suppress_context__)
try: e.__suppress_context__ = 0
except TypeError as e2: print(e2)
e.__suppress_context__ = False; print(e.__suppress_context__)
print(ValueError.__mro__)
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopAsyncIteration, Exception), issubclass(GeneratorExit, Exception))
print(sorted(c.__name__ for c in ArithmeticError.__subclasses__()))
print([c.__name__ for c in Warning.__subclasses__()])
print(IOError is OSError, EnvironmentError is OSError)
print(hasattr(BaseException, "add_note"))
e = ValueError("x"); e.add_note("n1"); e.add_note("n2"); print(e.__notes__)
try: e.add_note(1)
except TypeError as e2: print(e2)
print(BaseException().with_traceback(None))
# chaining
try:
    try: raise ValueError("a")
    except ValueError: raise KeyError("b")
except KeyError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try: raise ValueError("a")
    except ValueError as v: raise KeyError("b") from v
except KeyError as e:
    print(repr(e.__context__), repr(e.__cause__), e.__suppress_context__)
try:
    try: raise ValueError("a")
    except ValueError: raise KeyError("b") from None
except KeyError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try: raise KeyError from 1
except TypeError as e: print(e)
try: raise 1
except TypeError as e: print(e)
try: raise int
except TypeError as e: print(e)
class E2(Exception):
    def __init__(self): raise RuntimeError("init")
try: raise E2
except RuntimeError as e: print(e)
try: raise
except RuntimeError as e: print(e)
try: raise ValueError from KeyError
except ValueError as e: print(repr(e.__cause__))
def f():
    try: 1/0
    except ZeroDivisionError:
        return sys.exc_info()[0].__name__
print(f(), sys.exc_info())
# finally with return/break/continue
def g1():
    try: return 1
    finally: return 2
def g2():
    for i in range(3):
        try: raise ValueError
        finally: break
    return i
def g3():
    r = []
    for i in range(3):
        try:
            if i == 1: raise ValueError
            r.append(i)
        finally:
            continue
    return r
def g4():
    try: raise ValueError("lost")
    finally: return "swallowed"
def g5():
    x = 0
    try: return x
    finally: x = 5
print(g1(), g2(), g3(), g4(), g5())
def g6():
    try:
        try: raise ValueError(1)
        finally: raise KeyError(2)
    except KeyError as e: return repr(e.__context__)
print(g6())
def g7():
    for i in range(3):
        try: continue
        finally: print("fin", i)
g7()
def g8():
    try: pass
    except: pass
    else: return "else"
    finally: print("fin8")
print(g8())
e = None
try: raise ValueError
except ValueError as e: pass
try: print(e)
except NameError as ne: print(ne)
# except with non-class
try:
    try: raise ValueError
    except 1: pass
except TypeError as e: print(e)
try:
    try: raise ValueError
    except (ValueError, 1): print("caught tuple")
except TypeError as e: print(e)
try:
    try: raise ValueError
    except (KeyError, 1): pass
except TypeError as e: print(e)
# exception groups
eg = ExceptionGroup("g", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
print(eg.exceptions, eg.message)
m, r = eg.split(ValueError); print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(repr(eg.derive([ValueError(9)])))
for args in [("m", []), ("m", [1]), (1, [ValueError()]), ("m", ValueError()), ("m", [KeyboardInterrupt()])]:
    try: print(repr(ExceptionGroup(*args)))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(type(BaseExceptionGroup("m", [ValueError()])).__name__, type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)
try:
    raise eg
except* ValueError as e1:
    print("V", repr(e1))
except* TypeError as e2:
    print("T", repr(e2))
except* KeyError as e3:
    print("K", repr(e3))
try:
    try: raise ValueError(5)
    except* ValueError as e: print("naked", repr(e))
except Exception as e: print("x", e)
try:
    try: raise eg
    except* ValueError: pass
except ExceptionGroup as rest: print("rest", repr(rest))
try:
    try: raise TypeError(1)
    except* ValueError: pass
except TypeError as e: print("plain", repr(e))
try:
    try: raise ExceptionGroup("q", [ValueError(1)])
    except* ValueError: raise KeyError("new")
except ExceptionGroup as e: print("new", repr(e), repr(e.exceptions[0].__context__))
try:
    try: raise ValueError
    except* ExceptionGroup: pass
except TypeError as e: print(e)
try:
    try: raise ValueError
    except* (ValueError, ExceptionGroup): pass
except TypeError as e: print(e)
