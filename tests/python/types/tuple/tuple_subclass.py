class T(tuple):
    def first(self): return self[0]
t = T([1, 2, 3])
print(t, t.first(), type(t[1:]).__name__, type(t + (4,)).__name__, type(t * 2).__name__, repr(t), t == (1, 2, 3))
