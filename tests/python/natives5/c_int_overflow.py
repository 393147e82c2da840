# Arguments CPython declares as C int raise "Python int too large to convert
# to C int" for every int outside the 32-bit range, however big it is.
import zlib, resource, os, opcode, signal, fcntl, random, _sre


class I:
    def __index__(self):
        return 2**40


calls = [
    ("zlib.compress", lambda v: zlib.compress(b"", v)),
    ("zlib.decompressobj", lambda v: zlib.decompressobj(v)),
    ("resource.getrlimit", resource.getrlimit),
    ("os.close", os.close),
    ("os.fstat", os.fstat),
    ("opcode.stack_effect", lambda v: opcode.stack_effect(v)),
    ("signal.getitimer", signal.getitimer),
    ("fcntl.lockf", lambda v: fcntl.lockf(0, v)),
    ("random.getrandbits", random.getrandbits),
    ("_sre.ascii_tolower", _sre.ascii_tolower),
]
for name, f in calls:
    for v in [2**31, -2**31 - 1, 2**63, -2**63 - 1, 2**70, -2**70, 1.5, "x", I()]:
        shown = "I()" if isinstance(v, I) else repr(v)
        try:
            f(v)
            print(name, shown, "ok")
        except Exception as e:
            print(name, shown, type(e).__name__, e)
