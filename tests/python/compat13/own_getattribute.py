# int, str, dict and the other builtin types whose C type sets tp_getattro
# show __getattribute__ in their own __dict__; attribute access through them
# and their subclasses is unchanged.
owners = [t.__name__ for t in (int, float, complex, str, bytes, bytearray, list, tuple,
                               dict, set, frozenset, range, slice, memoryview, property,
                               enumerate, filter, map, zip, reversed, BaseException)
          if "__getattribute__" in vars(t)]
print(owners)
print([t.__name__ for t in (bool, object, ValueError, OSError, type(None))
       if "__getattribute__" in vars(t)])
print(int.__getattribute__(5, "real"), str.__getattribute__("ab", "upper")())
print(repr(int.__getattribute__), int.__getattribute__.__objclass__)
print(int.__dict__["__getattribute__"].__doc__)
try:
    int.__getattribute__("x", "real")
except TypeError as e:
    print("TypeError:", e)
try:
    int.__getattribute__(5, "nope")
except AttributeError as e:
    print("AttributeError:", e)


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


d = AttrDict(a=1)
print(d.a, d.keys(), hasattr(d, "b"), type(d).__getattribute__ is dict.__getattribute__)


class Counted(int):
    def __getattribute__(self, name):
        print("get", name)
        return int.__getattribute__(self, name)


c = Counted(7)
print(c.real, c.bit_length())


class MyList(list):
    pass


m = MyList([3, 1, 2])
m.sort()
m.extra = 1
print(m, m.extra, MyList.__getattribute__ is list.__getattribute__)
try:
    m.missing
except AttributeError as e:
    print("AttributeError:", e)


class E(ValueError):
    def __getattr__(self, name):
        return "dyn-" + name


e = E("x")
print(e.args, e.foo, e.__getattribute__("args"))
