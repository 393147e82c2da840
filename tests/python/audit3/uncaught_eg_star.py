def inner(n):
    raise ExceptionGroup("outer", [ValueError(n), ExceptionGroup("inner", [TypeError("t"), KeyError("k")])])
try:
    inner(1)
except* ValueError:
    raise RuntimeError("r")
