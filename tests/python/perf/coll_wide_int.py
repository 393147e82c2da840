# 128-bit int arithmetic (runtime/int_wide.go) must match math/big's results:
# LCG steps, floor division and modulo by powers of two, signs, subclasses.
import sys
M = 1 << 64
x = 12345
acc = []
for i in range(2000):
    x = (x * 6364136223846793005 + 1442695040888963407) % M
    y = x >> 33
    z = (x - (1 << 100)) // 7 + (x * -x) % 1000003 - (-x) // (1 << 70) - (-x) % (1 << 65)
    acc.append((y, z % 99991, hash(x), x.bit_length(), str(x)[:5], x == int(str(x))))
print(acc[-1], len(set(acc)), sum(a for a, *_ in acc))
print(2**64 - 1 + 1, -(2**63) - 1, (2**127 - 1) + (2**127 - 1), -(2**127) - 2**127, (2**64) * (2**64 - 1))
print(divmod(-(2**100) - 5, 2**64), divmod(2**100 + 5, 2**64 + 1), divmod(-(2**70), 3), (-(2**70)) % 3)
print((2**64) // (2**64), -(2**64) // (2**64), -(2**64 + 1) // (2**64), (-(2**64 + 1)) % (2**64))
print(type(2**63 - 1 + 1), 2**63 + -1, (1 << 63) * -1, -(1 << 63) * -1, (1 << 63) - (1 << 64))
class I(int): pass
print(I(5) * (1 << 64), (1 << 64) * I(3), True + (1 << 64), (1 << 64) >> True, (1 << 64) % I(7))
print(sys.getsizeof(1 << 64) > 0, (1 << 64).to_bytes(9, 'big'), int.from_bytes(b'\xff' * 16, 'big') + 1)
