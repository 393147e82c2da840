class Point:
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
q = Point(1, 1)
print(p.norm2(), q.norm2(), Point.count, p.count)
print(p.__dict__, type(p).__name__, type(p) is Point, p.__class__ is Point)
p.count = 99
print(p.count, Point.count, q.count)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__bases__)
print(sorted(k for k in Point.__dict__ if not k.startswith('__')))
