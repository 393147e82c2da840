class Pt:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return isinstance(o, Pt) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f'Pt({self.x}, {self.y})'
d = {Pt(0, 0): 'origin', Pt(1, 2): 'p'}
print(d[Pt(0, 0)], Pt(1, 2) in d, Pt(2, 1) in d, d.get(Pt(9, 9), 'none'))
s = {Pt(1, 1), Pt(1, 1), Pt(2, 2)}
print(len(s), Pt(2, 2) in s, sorted(s, key=lambda p: p.x))
print([Pt(1, 1)].index(Pt(1, 1)), [Pt(0, 0), Pt(1, 1)].count(Pt(1, 1)), Pt(1, 1) == (1, 1), Pt(1, 1) != Pt(1, 2))
