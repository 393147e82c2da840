# Subclassing builtin types whose dicts are made on first use (startup13):
# slot inheritance, super(), __init_subclass__ and attribute errors.
import itertools, collections, io, array, functools, operator


class MyList(list):
    def append(self, x):
        super().append(x * 2)


l = MyList([1])
l.append(3)
l += [4]
print(l, len(l), l == [1, 6, 4], MyList.__hash__, hash in (MyList.__hash__,))


class MyDict(dict):
    def __missing__(self, k):
        return k.upper()


d = MyDict(a=1)
print(d["a"], d["zz"], d.get("q"), list(d.items()))


class MyInt(int):
    pass


print(MyInt(5) + 1, MyInt(5).bit_length(), hash(MyInt(7)) == hash(7), MyInt.__add__ is int.__add__)


class MyErr(LookupError):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = len(a)


try:
    raise MyErr("k", 2)
except LookupError as x:
    print(type(x).__name__, x.args, x.extra, str(x))


class Chain(itertools.chain):
    pass


print(list(Chain([1], [2])), Chain.from_iterable.__name__)


class OD(collections.OrderedDict):
    pass


o = OD(b=1, a=2)
o.move_to_end("b")
print(list(o), OD.__mro__[1].__name__)


class Buf(io.BytesIO):
    pass


b = Buf(b"abc")
print(b.read(2), b.tell(), isinstance(b, io.IOBase))

print(array.array("i", [1, 2]).tolist(), functools.partial(operator.add, 1)(2))

for t in (int, str, object, list, itertools.count, array.array):
    try:
        t.foo = 1
    except TypeError as x:
        print("TypeError:", x)
    try:
        t.nonexistent_attr
    except AttributeError as x:
        print("AttributeError:", x)


class Base:
    def __init_subclass__(cls, **kw):
        cls.tag = kw.get("tag", "none")


class Sub(Base, tag="t1"):
    pass


print(Sub.tag, Sub.__init_subclass__.__name__, object.__init_subclass__.__self__)
print(sorted(n for n in dir(itertools.count) if not n.startswith("_")))
print(sorted(n for n in vars(collections.deque) if not n.startswith("_")))
