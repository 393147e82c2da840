class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), type(Pos(-5)).__name__)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def __init__(self, s):
        self.original = s
u = Upper('abc')
print(u, u.original)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
p = Pair(1, 2)
print(p, p.first, len(p), type(p[:1]).__name__)
class F(float):
    pass
print(F(1.5) + 1, type(F(1.5) * 2).__name__, F('2.5'))
