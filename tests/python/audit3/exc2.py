import builtins
def tr(fn):
    try: print("ok", repr(fn()))
    except BaseException as e: print(type(e).__name__, e)
excs = sorted((n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException)))
for n in excs:
    t = getattr(builtins, n)
    print(n, [c.__name__ for c in t.__mro__])
try: undefined_x
except NameError as e: print(repr(e.name), e.args)
try: (1).foo
except AttributeError as e: print(repr(e.name), e.obj, e.args)
class A:
    def __getattr__(self, n): raise AttributeError(n)
try: A().q
except AttributeError as e: print(repr(e.name), type(e.obj).__name__)
try: import nonexistent_zz
except ImportError as e: print(type(e).__name__, repr(e.name), e.path, e.msg)
try: from os import nonexistent_zz
except ImportError as e: print(type(e).__name__, repr(e.name), e.path is not None, e.msg.split(" (")[0])
e = OSError(1, "x"); print(e.characters_written if hasattr(e, "characters_written") else "no cw")
e = BlockingIOError(11, "x", 5); print(e.characters_written)
tr(lambda: OSError().characters_written)
e = OSError(); e.characters_written = 3; print(e.characters_written); del e.characters_written
tr(lambda: e.characters_written)
e = KeyError(); e.extra = 1; print(e.__dict__)
tr(lambda: StopIteration(1).value)
tr(lambda: StopAsyncIteration(1).value if hasattr(StopAsyncIteration(1), "value") else "novalue")
tr(lambda: SystemExit().code)
tr(lambda: GeneratorExit("x").args)
tr(lambda: UnicodeError("a").args)
tr(lambda: UnicodeDecodeError("a"))
tr(lambda: UnicodeDecodeError("utf-8", "notbytes", 0, 1, "r"))
tr(lambda: str(UnicodeEncodeError("ascii", "ab\u1234", 2, 3, "r")))
tr(lambda: str(UnicodeEncodeError("ascii", "ab\xff", 2, 3, "r")))
tr(lambda: str(UnicodeEncodeError("ascii", "abc", 0, 3, "r")))
tr(lambda: str(UnicodeDecodeError("ascii", b"\xff\xfe", 0, 2, "r")))
tr(lambda: str(UnicodeTranslateError("\U00012345", 0, 1, "r")))
tr(lambda: SyntaxError("m", ("f", 1)))
tr(lambda: SyntaxError("m", 1))
tr(lambda: str(SyntaxError("m", ("f", 1, 2, "t"))))
tr(lambda: str(SyntaxError("m", (None, 1, 2, "t"))))
tr(lambda: str(SyntaxError("m", ("dir/f.py", None, 2, "t"))))
tr(lambda: str(IndentationError("x", ("f", 3, 1, "t"))))
tr(lambda: ExceptionGroup("m", (ValueError(1),)).exceptions)
tr(lambda: str(ExceptionGroup("msg", [ValueError(1), ValueError(2)])))
tr(lambda: str(ExceptionGroup("msg", [ValueError(1)])))
tr(lambda: ExceptionGroup.__mro__)
class MyEG(ExceptionGroup):
    pass
eg = MyEG("m", [ValueError(1), TypeError(2)])
m, r = eg.split(ValueError); print(type(m).__name__, type(r).__name__)
class MyEG2(ExceptionGroup):
    def derive(self, excs): return MyEG2(self.message + "!", excs)
eg = MyEG2("m", [ValueError(1), TypeError(2)])
m, r = eg.split(ValueError); print(type(m).__name__, m.message, r.message)
eg = ExceptionGroup("m", [ValueError(1)]); eg.add_note("note"); eg.__cause__ = KeyError()
m, r = eg.split(ValueError); print(m.__notes__, repr(m.__cause__), r)
tr(lambda: eg.split(1))
tr(lambda: eg.subgroup(lambda e: True) is eg)
tr(lambda: eg.split((ValueError, TypeError))[0] is eg)
print(BaseException.__str__(ValueError("a", "b")), BaseException.__repr__(KeyError("k")))
print(repr(ValueError()), repr(ValueError("a")), str(ValueError()), repr(ValueError(None)))
class CustomInit(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
e = CustomInit(1, 2); print(e.args, str(e), repr(e))
import copy, pickle
e2 = copy.copy(e); print(e2.args, e2.b)
tr(lambda: pickle.loads(pickle.dumps(CustomInit(1, 2))))
e3 = pickle.loads(pickle.dumps(OSError(2, "nf", "f"))); print(type(e3).__name__, e3.errno, e3.filename)
e4 = pickle.loads(pickle.dumps(KeyError("k"))); print(repr(e4))
print(ValueError("x").__reduce__(), OSError(2, "a", "b").__reduce__()[0].__name__)
