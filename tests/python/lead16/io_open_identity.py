# open is _io's function: its __self__ is the _io module and its __module__ is
# "io" (the name in CPython's module definition), for every _io function.
import _io, io, pickle, inspect
print(open.__self__, open.__module__, open is io.open is _io.open)
print(_io.open_code.__self__, _io.open_code.__module__, _io.text_encoding.__module__)
print(pickle.loads(pickle.dumps(open)) is open, open.__reduce__())
print(inspect.getmodule(open).__name__, repr(open), open.__qualname__)
