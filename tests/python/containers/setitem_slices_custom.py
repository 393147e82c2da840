class Arr:
    def __init__(self, n): self.data = list(range(n))
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Arr.wrap(self.data[i])
        return self.data[i]
    def __setitem__(self, i, v):
        self.data[i] = v
    @classmethod
    def wrap(cls, d):
        a = cls(0)
        a.data = d
        return a
    def __repr__(self): return f'Arr({self.data})'
a = Arr(8)
a[2:4] = ['x', 'y', 'z']
a[::3] = [0] * len(a.data[::3])
print(a, a[1:5], a[-1], a[::-2])
try:
    a[100] = 1
except IndexError as e:
    print(e)
