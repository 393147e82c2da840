# Python dunders called through type slots: __hash__, __contains__,
# binary operators and __instancecheck__, repeatedly, with errors.
from dataclasses import dataclass


@dataclass(frozen=True)
class V:
    a: int
    b: int = 0


class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


class Box:
    def __init__(self, items):
        self.items = items

    def __contains__(self, x):
        return x in self.items

    def __add__(self, other):
        if isinstance(other, Box):
            return Box(self.items + other.items)
        return NotImplemented

    def __radd__(self, other):
        return Box([other] + self.items)


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 3


class Three(metaclass=Meta):
    pass


print([hash(V(i, 1)) == hash(V(i, 1)) for i in range(3)])
print(len({V(i % 4) for i in range(20)}))
print([hash(H(i)) for i in (1, -1, 2**70, True)])
for bad in ("x", 1.5, None):
    try:
        hash(H(bad))
    except TypeError as e:
        print("TypeError", e)
b = Box([1, 2, 3])
print([i in b for i in range(5)])
print((b + Box([4])).items, (0 + b).items)
try:
    b + 1
except TypeError as e:
    print("TypeError", e)
print([isinstance(i, Three) for i in range(5)])


class Unhash:
    __hash__ = None


try:
    hash(Unhash())
except TypeError as e:
    print("TypeError", e)
