import math
n = 3 ** 300
for d in [1, 2, 3, 7, -7, 10 ** 10, 2 ** 100 + 1, -(3 ** 150)]:
    q, r = divmod(n, d)
    print(d, q % 10 ** 12, r, q * d + r == n)
print(math.gcd(2 ** 100, 6 ** 50), math.isqrt(10 ** 50), math.factorial(25), math.comb(50, 25), math.perm(10, 3), math.lcm(4, 6, 10))
