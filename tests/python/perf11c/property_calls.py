# Property getters, setters and deleters called repeatedly, through
# attribute syntax and getattr/setattr/delattr, with errors.
class P:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        if v < 0:
            raise ValueError("negative")
        self._x = v

    @x.deleter
    def x(self):
        print("deleting", self._x)
        self._x = None

    ro = property(lambda self: self._x * 2)
    builtin = property(len)


p = P()
for i in range(5):
    p.x = i
    setattr(p, "x", p.x + 1)
print(p.x, getattr(p, "x"), p.ro, getattr(p, "ro"))
try:
    p.x = -1
except ValueError as e:
    print("ValueError", e)
del p.x
delattr(P(), "x")
try:
    p.ro = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    del p.ro
except AttributeError as e:
    print("AttributeError", e)
try:
    p.builtin
except TypeError as e:
    print("TypeError", e)


class L(list):
    n = property(len)


print(L([1, 2, 3]).n, [L(range(i)).n for i in range(4)])
