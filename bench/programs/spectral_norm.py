# spectral_norm: power iteration for the largest singular value of an
# infinite matrix A(i, j) = 1 / ((i+j)(i+j+1)/2 + i + 1), truncated to n×n.
import sys


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


def a(i, j):
    k = i + j
    return 1.0 / (k * (k + 1) // 2 + i + 1)


def mul_av(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(i, j) * v[j]
        out.append(s)
    return out


def mul_atv(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(j, i) * v[j]
        out.append(s)
    return out


def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)


def main():
    n = size(450, 30)
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    vbv = sum(x * y for x, y in zip(u, v))
    vv = sum(x * x for x in v)
    print("%.9f" % ((vbv / vv) ** 0.5))


main()
