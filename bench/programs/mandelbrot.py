# mandelbrot: escape-time iteration over a grid with float arithmetic;
# prints the number of points inside and a weighted checksum of iterations.
import sys


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


def escape(cr, ci, limit):
    zr = zi = 0.0
    for k in range(limit):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return k
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return limit


def main():
    n = size(800, 24)
    limit = 60
    inside = 0
    checksum = 0
    for y in range(n):
        ci = 2.0 * y / n - 1.0
        for x in range(n):
            cr = 3.0 * x / n - 2.0
            k = escape(cr, ci, limit)
            if k == limit:
                inside += 1
            checksum = (checksum * 31 + k) % 1000000007
    # complex numbers on the diagonal, for the complex type
    zsum = 0
    for i in range(n):
        c = complex(-2.0 + 2.5 * i / n, 0.5 - i / n)
        z = 0j
        for k in range(limit):
            z = z * z + c
            if abs(z) > 2.0:
                break
        zsum += k
    print(inside, checksum, zsum)


main()
