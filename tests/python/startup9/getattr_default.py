# getattr(obj, name, default) and hasattr: a missing attribute gives the
# default without an exception; errors other than AttributeError propagate,
# including AttributeError subclasses raised by descriptors and __getattr__.
import types


class Plain:
    x = 1

    def __init__(self):
        self.y = 2


class Props:
    @property
    def missing(self):
        raise AttributeError("from property")

    @property
    def broken(self):
        raise ValueError("boom")

    @property
    def sub(self):
        raise ModuleNotFoundError("not attr error")


class MyAttrError(AttributeError):
    pass


class SubErr:
    @property
    def p(self):
        raise MyAttrError("sub")


class Hook:
    def __getattr__(self, name):
        if name.startswith("ok_"):
            return name[3:]
        raise AttributeError(name)


class Getattribute:
    def __getattribute__(self, name):
        if name == "boom":
            raise KeyError(name)
        if name == "here":
            return 42
        raise AttributeError(name)


class Meta(type):
    def meta_method(cls):
        return "meta"

    mattr = "from meta"


class WithMeta(metaclass=Meta):
    cattr = "class attr"


class MetaGetattr(type):
    def __getattr__(cls, name):
        return "meta-getattr:" + name


class UsesMetaGetattr(metaclass=MetaGetattr):
    pass


objs = [Plain(), Props(), SubErr(), Hook(), Getattribute(), WithMeta, WithMeta(), UsesMetaGetattr,
        Plain, types, 5, "s", len, [], None, object(), types.SimpleNamespace(a=1)]
names = ["x", "y", "missing", "broken", "sub", "p", "ok_fine", "nothere", "here", "boom", "mattr",
         "meta_method", "cattr", "anything", "__name__", "__isabstractmethod__", "a",
         "__dict__", "real", "upper"]
for o in objs:
    row = []
    for n in names:
        try:
            r = getattr(o, n, "<dflt>")
            if callable(r) and not isinstance(r, type):
                r = "<callable>"
            elif isinstance(r, (dict, types.MappingProxyType)):
                r = "<dict>"
            elif isinstance(r, str) and len(r) > 30:
                r = r[:30]
        except Exception as e:
            r = "%s(%s)" % (type(e).__name__, e)
        try:
            h = hasattr(o, n)
        except Exception as e:
            h = "%s(%s)" % (type(e).__name__, e)
        row.append("%s=%r/%s" % (n, r, h))
    print(type(o).__name__ if not isinstance(o, type) else o.__name__, row)

# getattr without a default still raises, with name and obj set.
for o, n in [(Plain(), "zzz"), (Plain, "zzz"), (WithMeta, "zzz"), (5, "zzz"), (types, "zzz")]:
    try:
        getattr(o, n)
    except AttributeError as e:
        print("raised:", e, e.name, type(e.obj).__name__)

# A non-str name.
for n in [1, None, b"x"]:
    for f in (getattr, hasattr):
        try:
            f(Plain(), n, 0) if f is getattr else f(Plain(), n)
        except TypeError as e:
            print(f.__name__, "TypeError", e)


# A str subclass as the name.
class S(str):
    pass


print(getattr(Plain(), S("x"), "d"), getattr(Plain(), S("q"), "d"), hasattr(Plain(), S("y")))
