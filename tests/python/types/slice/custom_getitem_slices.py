class Rec:
    def __getitem__(self, k): return k
r = Rec()
print(r[1:2], r[:], r[::], r[1:], r[:2], r[::3], r[1:2:3], r[1:2, ::3], r[..., 1:], r[-1:'x'], r[None:None])
print(type(r[1:2]).__name__, r[1:2].indices(5))
class I:
    def __index__(self): return 2
print([0, 1, 2, 3, 4][I():], 'abcdef'[slice(I(), None, I())])
