class P:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 1
p = P()
print(p.x, hasattr(p, '__dict__'))
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    p.y
except AttributeError as e:
    print(e)
del p.x
try:
    del p.x
except AttributeError as e:
    print(e)
print(type(P.__dict__['x']).__name__)
class Q(P):
    pass
q = Q()
q.z = 5
print(q.z, q.__dict__)
class W:
    __slots__ = ('a', '__dict__')
w = W()
w.a = 1
w.b = 2
print(w.__dict__)
try:
    class Bad:
        __slots__ = ('a',)
        a = 5
except ValueError as e:
    print(e)
class Str:
    __slots__ = 'only'
print(Str.__slots__, hasattr(Str, 'only'))
