# Comparisons of a float with an int (both orders, in branches and as
# values): ints near 2**53 where conversion would round, big ints, nan,
# infinities, signed zeros and bools.
nan, inf = float("nan"), float("inf")
floats = [0.0, -0.0, 0.5, -1.0, 1.0, 9007199254740992.0, 9007199254740993.0, 1e300, nan, inf, -inf]
ints = [0, 1, -1, 2 ** 53, 2 ** 53 + 1, -2 ** 53 - 1, 2 ** 62, 2 ** 100, True, False]


def branches(x, y):
    r = ""
    r += "<" if x < y else "."
    r += "l" if x <= y else "."
    r += "=" if x == y else "."
    r += "!" if x != y else "."
    r += ">" if x > y else "."
    r += "g" if x >= y else "."
    return r


def values(x, y):
    return [x < y, x <= y, x == y, x != y, x > y, x >= y]


for a in floats:
    print(repr(a), " ".join(branches(a, b) + branches(b, a) for b in ints))
    print(repr(a), sum(values(a, b).count(True) * 7 + values(b, a).count(True) for b in ints))


def consts(t):
    out = []
    if t > 0:
        out.append("pos")
    if t < 1:
        out.append("lt1")
    if t == 3:
        out.append("three")
    if t >= 9007199254740993:
        out.append("huge")
    return out


for t in [0.5, -2.0, 3.0, nan, 9007199254740992.0, 9007199254740994.0]:
    print(repr(t), consts(t))
