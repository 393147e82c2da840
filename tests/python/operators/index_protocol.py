class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i = I(2)
print([10, 20, 30][i], 'abcdef'[I(1):I(4)], bin(i), hex(I(255)), oct(I(8)))
print(range(I(3)), list(range(10))[I(1)::I(3)], (1, 2, 3)[I(-1)])
print('ab' * I(3), [0] * I(2), int.__index__(5), operator_index := __import__('operator').index(I(7)))
class Bad:
    def __index__(self): return 1.5
try:
    [1, 2][Bad()]
except TypeError as e:
    print(e)
try:
    one = 1.0
    [1][one]
except TypeError as e:
    print(e)
try:
    key = 'x'
    'abc'[key]
except TypeError as e:
    print(e)
print(int(I(9)) if hasattr(int, '__index__') else None)
