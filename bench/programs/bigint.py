# bigint: arbitrary-precision integer arithmetic: digits of pi with a
# spigot over big integers, factorials, powers modulo, and int/str
# conversion of large numbers.
import sys


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


def pi_digits(n):
    # Gibbons' unbounded spigot, as a generator of decimal digits
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out


def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f


def main():
    if hasattr(sys, "set_int_max_str_digits"):
        sys.set_int_max_str_digits(100000)
    n = size(4500, 100)
    digits = pi_digits(n)
    f = factorial(n)
    s = str(f)
    back = int(s)
    p = pow(3, 10 ** 4 + n, 10 ** 50 + 151)
    g = 0
    a, b = f, factorial(n // 2) * 7
    while b:
        a, b = b, a % b
    g = a
    mixed = sum((1 << i) - i ** 3 for i in range(n)) % (10 ** 9 + 7)
    print("".join(map(str, digits[:50])), sum(digits))
    print(len(s), back == f, s[:20], p, len(str(g)), mixed, f.bit_length(), hex(f)[2:14])


main()
