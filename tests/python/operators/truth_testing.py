class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class B:
    def __init__(self, b): self.b = b
    def __bool__(self): return self.b
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(L(0)), bool(L(3)), bool(B(False)), bool(Both()), bool(object()))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class NegLen:
    def __len__(self): return -1
try:
    bool(NegLen())
except ValueError as e:
    print(e)
class BigLen:
    def __len__(self): return 2 ** 64
try:
    len(BigLen())
except OverflowError as e:
    print(e)
class StrLen:
    def __len__(self): return '3'
try:
    len(StrLen())
except TypeError as e:
    print(e)
vals = [0, 0.0, 0j, '', (), [], {}, set(), frozenset(), range(0), b'', None, False, 1, -1, 'a', [0], 0.1, float('nan')]
print([bool(v) for v in vals])
if L(2):
    print('if uses __len__')
while B(False):
    pass
print('ok' if not L(0) else 'no')
