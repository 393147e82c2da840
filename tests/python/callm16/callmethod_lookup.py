# Native code calling obj.name(...) (print's file.write, io's buffer
# methods, copy's __reduce_ex__, ExceptionGroup.derive) finds the method
# as Python's obj.name would: instance attributes shadow class methods,
# __getattribute__ and __getattr__ are honoured, static and class methods
# bind as they should, builtin methods apply to subclasses only.
import io
import copy


class Plain:
    def __init__(self):
        self.out = []

    def write(self, s):
        self.out.append(("plain", s))
        return len(s)

    def flush(self):
        self.out.append(("flush",))


p = Plain()
print("a", "b", file=p, flush=True)
print(p.out)


class Shadowed(Plain):
    pass


s = Shadowed()
s.write = lambda text: s.out.append(("instance", text))
print("x", file=s)
print(s.out)
del s.write
print("y", file=s)
print(s.out)


class ViaGetattr:
    def __init__(self):
        self.out = []

    def __getattr__(self, name):
        if name == "write":
            return lambda text: self.out.append(("getattr", text))
        raise AttributeError(name)


g = ViaGetattr()
print("z", file=g)
print(g.out)


class ViaGetattribute(Plain):
    def __getattribute__(self, name):
        if name == "write":
            out = object.__getattribute__(self, "out")
            return lambda text: out.append(("getattribute", text))
        return object.__getattribute__(self, name)


ga = ViaGetattribute()
print("w", file=ga)
print(ga.out)

log = []


class Static:
    @staticmethod
    def write(text):
        log.append(("static", text))


class Klass:
    @classmethod
    def write(cls, text):
        log.append(("class", cls.__name__, text))


class SubKlass(Klass):
    pass


print("s", file=Static())
print("c", file=SubKlass())
print(log)


class ListWriter(list):
    write = list.append


lw = ListWriter()
print("l1", "l2", file=lw)
print(lw)


class Foreign:
    write = list.append


try:
    print("f", file=Foreign())
except TypeError as e:
    print("TypeError", e)


class Super(Plain):
    def write(self, s):
        return super().write(s.upper())


sp = Super()
print("up", file=sp)
print(sp.out)


class Bad:
    def write(self):
        pass


try:
    print("q", file=Bad())
except TypeError as e:
    print("TypeError", e)


class NoWrite:
    pass


try:
    print("q", file=NoWrite())
except AttributeError as e:
    print("AttributeError", e)


class CallableAttr:
    class write:
        def __init__(self, text):
            log.append(("class-as-method", text))


print("k", file=CallableAttr())
print(log[-2:])


class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.calls = 0

    def readable(self):
        return True

    def readinto(self, b):
        self.calls += 1
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


r = Raw(b"one\ntwo\n")
t = io.TextIOWrapper(io.BufferedReader(r), encoding="ascii")
print(t.readlines(), r.calls > 0)

r2 = Raw(b"abc")
r2.readinto = lambda b: (b.__setitem__(slice(0, 2), b"XY"), 2)[1] if r2.data and not r2.__dict__.__setitem__("data", b"") else 0
print(io.BufferedReader(r2).read())


class Reduced:
    def __init__(self):
        self.v = [1, 2]

    def __getstate__(self):
        return {"v": self.v + [3]}


print(copy.copy(Reduced()).v)


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup("derived:" + self.message, excs)


try:
    raise MyGroup("m", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print(type(eg).__name__, eg.message, eg.exceptions)
except* TypeError as eg:
    print(type(eg).__name__, eg.message, eg.exceptions)
