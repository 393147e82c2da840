# A generator that ignores GeneratorExit, dropped by `del`: the default
# unraisable hook reports the RuntimeError with a traceback of the frame
# that dropped it (CPython's _PyErr_WriteUnraisableMsg adds the current
# frame when the exception has no traceback of its own).
import io
import re
import sys


def stubborn():
    try:
        yield
    except GeneratorExit:
        yield "again"


def drop():
    g = stubborn()
    next(g)
    del g
    return "dropped"


err = io.StringIO()
sys.stderr = err
print(drop())
s = stubborn()
next(s)
del s
sys.stderr = sys.__stderr__
text = re.sub(r"0x[0-9a-f]+", "0x...", err.getvalue())
print(text.replace(__file__, "FILE"))

# The exception given to the hook keeps that traceback.
got = []
sys.unraisablehook = got.append
print(drop())
sys.unraisablehook = sys.__unraisablehook__
tb = got[0].exc_traceback
print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next)
print(got[0].exc_value.__traceback__ is tb)
