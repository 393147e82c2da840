class Grid:
    def __init__(self): self.cells = {}
    def __getitem__(self, key):
        r, c = key
        return self.cells.get((r, c), '.')
    def __setitem__(self, key, v):
        self.cells[key] = v
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self): return len(self.cells)
    def __contains__(self, key): return key in self.cells
g = Grid()
g[0, 1] = 'x'
g[2, 2] = 'y'
print(g[0, 1], g[1, 1], len(g), (2, 2) in g, (5, 5) in g)
del g[0, 1]
print(len(g), [[g[r, c] for c in range(3)] for r in range(3)])
try:
    del g[9, 9]
except KeyError as e:
    print('KeyError', e)
try:
    g[1]
except TypeError as e:
    print(e)
