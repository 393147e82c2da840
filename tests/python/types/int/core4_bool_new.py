# int.__new__(bool) is refused as unsafe; other __new__ calls on subclasses work.
import collections


def show(f, *args):
    try:
        r = f(*args)
        print("ok", type(r).__name__, r)
    except Exception as e:
        print(type(e).__name__, e)


class MyInt(int):
    pass


class NewInt(int):
    def __new__(cls, v):
        return int.__new__(cls, v + 1)


class SubBool(NewInt):
    pass


show(int.__new__, bool, 0)
show(int.__new__, MyInt, 4)
show(NewInt, 4)
show(SubBool, 4)
show(int.__new__, SubBool, 4)
show(float.__new__, bool, 0)
show(bool.__new__, bool, 1)
show(tuple.__new__, collections.namedtuple("P", "a b"), (1, 2))
show(object.__new__, MyInt)
show(dict.__new__, collections.OrderedDict)
