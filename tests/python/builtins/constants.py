print(None, True, False, ..., Ellipsis, NotImplemented, __debug__)
print(repr(Ellipsis), Ellipsis is ..., bool(...), type(None)(), type(...)() is ...)
print(__name__, __builtins__.__name__ if hasattr(__builtins__, '__name__') else type(__builtins__).__name__)
print(type(__doc__).__name__, __spec__)
