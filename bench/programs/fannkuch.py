# fannkuch: count pancake flips over all permutations of 1..n (list
# slicing, reversal and in-place rotation); prints checksum and max flips.
import sys


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips * sign
        sign = -sign
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    n = size(9, 6)
    for _ in range(3):
        checksum, flips = fannkuch(n)
    print(checksum)
    print("Pfannkuchen(%d) = %d" % (n, flips))


main()
