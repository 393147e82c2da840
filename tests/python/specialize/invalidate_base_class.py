# A change to a base class reaches quickened sites that specialized on a
# subclass (version tags of subclasses are invalidated too).


class Base:
    scale = 1

    def area(self):
        return self.w * self.h * self.scale


class Rect(Base):
    def __init__(self, w, h):
        self.w = w
        self.h = h


class Square(Rect):
    def __init__(self, s):
        Rect.__init__(self, s, s)


def total(shapes):
    t = 0
    for s in shapes:
        t += s.area() + s.scale
    return t


shapes = [Rect(i, 2) for i in range(10)] + [Square(i) for i in range(10)]
print(total(shapes))
Base.scale = 10
print(total(shapes))
Base.area = lambda self: 1
print(total(shapes))
Rect.area = lambda self: 2
print(total(shapes))
del Rect.area
print(total(shapes))
Base.__init__ = lambda self: None
print(total(shapes))


class WithInit:
    def __init__(self, a):
        self.a = a


objs = [WithInit(i).a for i in range(20)]
print(objs[-1])
WithInit.__init__ = lambda self, a: setattr(self, "a", a * 100)
print([WithInit(i).a for i in range(3)])
try:
    WithInit.__init__ = lambda self, a: 5
    WithInit(1)
except TypeError as e:
    print(type(e).__name__, e)
