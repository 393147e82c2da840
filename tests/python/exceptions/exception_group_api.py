# BaseExceptionGroup / ExceptionGroup construction, attributes, split,
# subgroup, derive, str and repr, as CPython 3.11.
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))

eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(type(eg).__name__, str(eg), repr(eg), eg.message, eg.exceptions, eg.args)
one = ExceptionGroup("one", (KeyError("k"),))
print(str(one), repr(one), type(one.exceptions).__name__)

print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("b", [ValueError(), SystemExit()])).__name__)

def attempt(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r))

attempt(ExceptionGroup, "m", 5)
attempt(ExceptionGroup, "m", [])
attempt(ExceptionGroup, "m", ())
attempt(ExceptionGroup, "m", {ValueError(): 1})
attempt(ExceptionGroup, "m", [KeyboardInterrupt()])
attempt(ExceptionGroup, "m", [ValueError(), 3])
attempt(ExceptionGroup, 1, [ValueError()])
attempt(ExceptionGroup, "m")
attempt(lambda: ExceptionGroup("m", excs=[ValueError()]))
attempt(BaseExceptionGroup, "m", [GeneratorExit()])

class MyEG(ExceptionGroup):
    pass
attempt(MyEG, "m", [KeyboardInterrupt()])
m = MyEG("mine", [ValueError(1), OSError(2)])
print(type(m).__name__, str(m))

nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
match, rest = nested.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(nested.split((TypeError, KeyError))))
print(repr(nested.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(nested.subgroup(OSError), nested.split(OSError)[0], nested.split(OSError)[1] is nested)
print(nested.subgroup(Exception) is nested, nested.split(ExceptionGroup)[0] is nested)
print(nested.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))
attempt(nested.split, 42)
attempt(nested.subgroup, (ValueError, 3))

# Metadata is kept on the derived parts.
try:
    raise ExceptionGroup("tb", [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    e.__cause__ = RuntimeError("cause")
    mt, rt = e.split(ValueError)
    print(mt.__traceback__ is e.__traceback__, mt.__cause__ is e.__cause__)
    print(rt.__context__ is e.__context__, rt.__suppress_context__)

# derive is called on split; a subclass can keep its type.
class Derived(ExceptionGroup):
    def derive(self, excs):
        print("derive", len(excs))
        return Derived(self.message + "!", excs)
d = Derived("d", [ValueError(1), TypeError(2)])
a, b = d.split(ValueError)
print(type(a).__name__, repr(a), repr(b))
print(repr(ExceptionGroup("x", [ValueError()]).derive([TypeError()])))
print(type(ExceptionGroup("x", [ValueError()]).derive([KeyboardInterrupt()])).__name__)

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42
attempt(BadDerive("bad", [ValueError(), TypeError()]).split, ValueError)
print(isinstance(eg, Exception), isinstance(BaseExceptionGroup("b", [SystemExit()]), Exception))
