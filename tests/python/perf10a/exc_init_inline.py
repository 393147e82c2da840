# Exception classes with a Python __init__ are instantiated by the loop
# (BaseException.__new__, then the __init__ frame): args, attributes,
# errors, and the paths that must keep going through type_call.


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__("missing %r" % key)
        self.key = key


class NoSuper(LookupError):
    def __init__(self, a, b=2, *, c=3):
        self.total = a + b + c


class BadReturn(Exception):
    def __init__(self, x):
        return 5


class Failing(Exception):
    def __init__(self, x):
        raise ValueError("init failed %d" % x)


class OwnNew(Exception):
    def __new__(cls, *args):
        e = super().__new__(cls, "from new", *args)
        e.made = True
        return e

    def __init__(self, *args):
        self.inited = args


class MyOSError(OSError):
    def __init__(self, code):
        super().__init__(code, "os says %d" % code)


class WithDel(Exception):
    deleted = 0

    def __init__(self, v):
        self.v = v

    def __del__(self):
        WithDel.deleted += 1


def run():
    for i in range(3):
        try:
            raise NotFound(i)
        except AppError as e:
            print(type(e).__name__, e.args, e.key, str(e), repr(e))
    e = NoSuper(1, c=10)
    print(e.args, e.total, isinstance(e, LookupError))
    e = NoSuper(1, 5)
    print(e.args, e.total)
    try:
        NoSuper()
    except TypeError as t:
        print("TypeError", t)
    try:
        NoSuper(1, d=4)
    except TypeError as t:
        print("TypeError", t)
    for _ in range(2):
        try:
            BadReturn(1)
        except TypeError as t:
            print("TypeError", t)
        try:
            Failing(7)
        except ValueError as v:
            print("ValueError", v)
        o = OwnNew(1, 2)
        print(o.args, o.made, o.inited)
        m = MyOSError(2)
        print(m.args, m.errno, m.strerror, type(m).__name__)
        w = WithDel(4)
        print(w.args, w.v)
        del w


run()
# Redefining __init__ after the call sites were specialized.
def new_init(self, key, extra=0):
    Exception.__init__(self, key, extra)
    self.key = ("patched", key)


NotFound.__init__ = new_init
for i in range(2):
    try:
        raise NotFound(i)
    except NotFound as e:
        print(e.args, e.key)
del NotFound.__init__
e = NotFound(1, 2, 3)
print(e.args, hasattr(e, "key"))
# A __new__ added later takes over.
NotFound.__new__ = lambda cls, *a: Exception.__new__(cls, "new!")
e = NotFound(5)
print(e.args)
import gc
gc.collect()
print(WithDel.deleted >= 0)
# e.args stays a tuple of the __init__ arguments.
x = ValueError(1, "a")
print(x.args, type(x.args))
x.__init__(2)
print(x.args)
x.__init__(2)
print(x.args)
