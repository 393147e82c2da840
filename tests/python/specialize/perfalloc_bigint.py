# Big-int arithmetic results: each allocates a fresh object; identity and subclasses.
big = 10 ** 30
ops = [big + 1, big - 1, big * 3, -big, +big, abs(-big), big // 7, big % 7,
       big // -7, big % -7, -big // 7, -big % 7, big ** 2, pow(big, 3, 10 ** 9 + 7),
       big << 5, big >> 5, big & (2 ** 70 - 1), big | 1, big ^ big, ~big, divmod(big, 12345)]
print(ops)
x = big
y = x + 0
print(y == x, y is x or True)
a = big
a += 1
print(a, big)
b = big
b *= 2
print(b, big)
print(+big is big, abs(big) is big, int(big) is big)
# results that fit in a machine word
print(big - big, (big + 5) - big, big // big, big % (big - 1), (big << 3) >> 3 == big, big ^ big)
print(2 ** 64 - 2 ** 64, (2 ** 63) - 1, -(2 ** 63), (-(2 ** 63)) // -1, -(-(2 ** 63)))

class I(int):
    pass
i = I(big)
print(type(i + 1), type(-i), type(+i), type(abs(i)), +i == i, +i is i)
print(i + 1, -i, i * 2, i // 3)

# factorial and gcd loops (the benchmark's shape)
f = 1
for k in range(2, 200):
    f *= k
print(f % (10 ** 9 + 7), f.bit_length(), len(str(f)))
g1, g2 = f, f // 3 * 7
while g2:
    g1, g2 = g2, g1 % g2
print(g1 % 1000003)
q, r, t = 1, 0, 1
for k in range(1, 50):
    q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
print(q % 97, r % 97, t % 97, (q * 3 + r) // t)
try:
    big // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    big % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    big << -1
except ValueError as e:
    print("ValueError", e)
print(pow(big, -1, 97), pow(3, big, 1), pow(-big, 3) < 0, (-big) ** 2 > 0)
