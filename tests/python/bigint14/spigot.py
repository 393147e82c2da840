# The pi spigot and gcd loops of the bigint benchmark, at a small size: mixed
# big-and-small products, sums and floor divisions on growing ints.


def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out


digits = pi_digits(300)
print("".join(map(str, digits)))

f = 1
for i in range(2, 400):
    f *= i
a, b = f, 7 * f // 13 + 1
while b:
    a, b = b, a % b
print(a, f % 1000003, -f % 1000003, divmod(-f, 10**20)[1], (-f) // (10**40) % 10**9)
print(sum((1 << i) - i ** 3 for i in range(300)) % (10**9 + 7))
print(hash(f) == hash(f + 0), f - f, type(f - f), f // f, (f + 1) % f)
