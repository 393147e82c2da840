# Code objects read by marshal.loads from bytes (whose nested functions'
# bodies Krait reads when first needed) and from mutable buffers (read at
# once) behave alike: calls, docstrings, constants, equality, dumps again.
import marshal

src = '''
def outer(a):
    """Outer doc."""
    def middle(b):
        "Middle doc."
        def inner(c):
            return (a, b, c, "inner", 1.5, b"raw", ("t", (1,)))
        return inner
    return middle

class K:
    "K doc"
    def m(self, x=frozenset({1})):
        """m doc"""
        return [x, self.__class__.__name__]

def g():
    yield from range(3)

def boom():
    x = 1
    raise KeyError("boom")
'''
code = compile(src, "lazysrc.py", "exec")
data = marshal.dumps(code)

for kind, buf in [("bytes", data), ("bytearray", bytearray(data)),
                  ("memoryview", memoryview(data)), ("mv-bytearray", memoryview(bytearray(data)))]:
    co = marshal.loads(buf)
    ns = {}
    exec(co, ns)
    outer, K, g, boom = ns["outer"], ns["K"], ns["g"], ns["boom"]
    print(kind, co == code, hash(co) == hash(code))
    print(" ", outer.__doc__, outer(1).__doc__, outer(1)(2).__doc__, K.__doc__, K.m.__doc__)
    print(" ", outer(1)(2)(3), K().m(), list(g()))
    print(" ", outer.__code__.co_consts[0], [type(c).__name__ for c in outer.__code__.co_consts])
    print(" ", K.m.__code__.co_consts, K.m.__code__.co_varnames, K.m.__code__.co_names)
    try:
        boom()
    except KeyError as e:
        tb = e.__traceback__.tb_next
        print(" ", tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_code.co_firstlineno)
    print(" ", marshal.loads(marshal.dumps(co)) == code)
    print(" ", outer.__code__.co_consts[1] == code.co_consts[0].co_consts[1])
    if isinstance(buf, bytearray):
        buf[:] = b"\0" * len(buf)  # the loaded code must not depend on it
        print(" ", outer(7)(8)(9)[:3], K().m()[1])
