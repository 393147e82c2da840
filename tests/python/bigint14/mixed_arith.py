# Arithmetic with one operand beyond int64 and the other small (or both big):
# signs, zero, results crossing the machine-word boundary both ways, bool and
# int subclasses, and the values and types of the results.

M = 2**63          # just beyond int64
N = -(2**63)       # the int64 minimum (small)
B = 3**100         # big
smalls = [0, 1, -1, 2, -2, 7, -7, 10, 2**62, -(2**62), 2**63 - 1, N, True, False]
bigs = [M, -M, M + 1, -M - 1, 2**64, -(2**64), 2**64 - 1, B, -B, 2**200 + 12345, -(2**200) + 1]


class I(int):
    pass


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, type(r).__name__, r)


for s in smalls:
    for b in bigs:
        for x, y in ((s, b), (b, s)):
            show(f"{x!r}+{y!r}", lambda: x + y)
            show(f"{x!r}-{y!r}", lambda: x - y)
            show(f"{x!r}*{y!r}", lambda: x * y)
            show(f"{x!r}//{y!r}", lambda: x // y)
            show(f"{x!r}%{y!r}", lambda: x % y)
            show(f"divmod({x!r},{y!r})", lambda: divmod(x, y))
            print(x < y, x <= y, x == y, x != y, x > y, x >= y)

for x in bigs:
    for y in bigs:
        show(f"{x}+{y}", lambda: x + y)
        show(f"{x}-{y}", lambda: x - y)
        show(f"{x}*{y}", lambda: x * y)
        show(f"{x}//{y}", lambda: x // y)
        show(f"{x}%{y}", lambda: x % y)
        show(f"divmod({x},{y})", lambda: divmod(x, y))
        print(x < y, x == y, x > y)

# Results that fall back into a machine word, and exact types of results.
print(type(M - 1), M - 1, type(M - M), M - M, type(-M + M), (M * 2) // 2 == M)
print((M + 5) - M, (M * 3) // M, (M * 3) % M, divmod(M * 3 + 1, M), type(M // M))
print(M // -1, -M // -1, N // -1, type(N // -1), N % -1, divmod(N, -1))
print(I(5) * B, type(I(5) * B), B * I(-3), I(7) // B, B // I(7), B % I(-7), divmod(B, I(9)))
print(True * M, M * False, M // True, M % True, True - M, M + True, type(M * True))
print(I(M) + 1, type(I(M) + 1), I(M) * I(M), I(-M) // 3, I(M) % -5)

# Zero divisors and messages.
for z in (0, False, I(0)):
    for x in (M, -B, 5):
        show("floordiv", lambda: x // z)
        show("mod", lambda: x % z)
        show("divmod", lambda: divmod(x, z))
show("zero//big", lambda: 0 // B)
show("zero%big", lambda: 0 % -B)
show("divmod zero", lambda: divmod(0, -B))

# Floor-division identities over many signs and sizes.
vals = [B, -B, M, -M, 2**64 + 3, -(2**64) - 3, 12345, -12345, 1, -1, N, 2**63 - 1]
bad = 0
for x in vals:
    for y in vals:
        q, r = divmod(x, y)
        if q * y + r != x or q != x // y or r != x % y:
            bad += 1
        if r and (r < 0) != (y < 0):
            bad += 1
        if abs(r) >= abs(y):
            bad += 1
print("identity failures", bad)

# Mixed operations with other types stay NotImplemented for ints.
show("big+str", lambda: B + "x")
show("big*list", lambda: len(2 * [0] * 3))
show("big*float", lambda: M * 0.5)
show("big//float", lambda: M // 2.0)
show("big%float", lambda: M % 3.0)
show("big<float", lambda: M < 1e30)
show("float<big", lambda: 1e30 < M)
show("big==float", lambda: M == float(M))
show("big<str", lambda: M < "a")
