# gc.is_tracked: atoms and bare object() instances are not tracked;
# instances of user classes (with or without slots), containers and
# classes are.
import gc

print([gc.is_tracked(x) for x in (None, 1, 1.0, 1j, True, b"a", "a", bytearray(b"a"), type, int, object, object())])


class UserClass:
    pass


class UserInt(int):
    pass


class Slots:
    __slots__ = ()


class FloatSlots(float):
    __slots__ = ()


print([gc.is_tracked(x) for x in (gc, UserClass, UserClass(), UserInt(), [], set(), Slots(), FloatSlots(), {}, {"a": []}, (), (1,))])
