# %, //, <<, >>, &, |, ^ on two small ints take a 64-bit fast path; edge
# values must give CPython's results and errors.
big = 2**63
vals = [0, 1, -1, 7, -7, 3, -3, 2**62, -2**62, big - 1, -big, 12345678901]
for x in vals:
    for y in vals:
        r = [x & y, x | y, x ^ y]
        if y:
            r += [x % y, x // y, divmod(x, y)]
        if 0 <= y < 70:
            r += [x << y, x >> y]
        print(x, y, r)
for y in [63, 64, 65, 200, 1000]:
    print(y, 1 >> y, -1 >> y, -5 >> y, 5 << (y % 70))
a = 10
a %= 3; print(a)
a = -10
a //= 3; print(a)
a <<= 62; print(a)
a >>= 1; print(a)
a &= 0xff; print(a)
a |= 1 << 40; print(a)
a ^= -1; print(a)
print(True & False, True | False, True ^ True, type(True & 1), True & 3)
for bad in [lambda: 1 % 0, lambda: 1 // 0, lambda: 1 << -1, lambda: 1 >> -1, lambda: 5 % 0.0]:
    try:
        bad()
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
print(-big % -1, -big // -1, (-big) // 1, 7 % -big, -7 // big)
