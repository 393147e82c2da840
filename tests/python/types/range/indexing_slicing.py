r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], r[-3:], r[10:], list(r[1:-1:2]), r[:0])
try:
    r[100]
except IndexError as e:
    print(e)
try:
    r['a']
except TypeError as e:
    print(e)
big = range(0, 2 ** 100, 3)
print(big[2 ** 90], big[-1], big[10:20:3], (2 ** 99) in big, (2 ** 99 + 1) in big)
try:
    len(big)
except OverflowError as e:
    print(e)
print(big.index(3 ** 30), big.count(6), big[::-1][0])
