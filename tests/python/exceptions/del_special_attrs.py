# Deleting special attributes of functions and exceptions raises CPython's
# errors (a missing check once crashed the interpreter).
def f():
    pass


for a in ["__dict__", "__code__", "__defaults__", "__kwdefaults__", "__name__", "__qualname__",
          "__doc__", "__module__", "__annotations__", "__globals__", "__closure__"]:
    try:
        delattr(f, a)
        print(a, "deleted", repr(getattr(f, a, "MISSING"))[:30])
    except Exception as e:
        print(a, type(e).__name__, e)
e = ValueError(1)
for a in ["args", "__traceback__", "__cause__", "__context__", "__suppress_context__", "__notes__"]:
    try:
        delattr(e, a)
        print(a, "deleted")
    except Exception as x:
        print(a, type(x).__name__, x)
o = OSError(2, "x")
for a in ["errno", "strerror", "filename"]:
    try:
        delattr(o, a)
        print(a, "deleted", getattr(o, a))
    except Exception as x:
        print(a, type(x).__name__, x)
import io, sys
try:
    io.BufferedReader(io.BytesIO(), sys.maxsize)
except (MemoryError, OverflowError, ValueError) as x:
    print("huge buffer refused")
