# List slicing and slice assignment with small-int, None, bool, big-int and
# __index__ bounds and steps, and slices concatenated with other lists
# (GET_SLICE fused with the ADD that follows it).


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


L = list(range(7))
vals = [None, -9, -7, -3, -1, 0, 1, 2, 3, 6, 7, 8, 100, 2**70, -2**70]
steps = [None, 1, 2, 3, -1, -2, -3, 7, -8, 2**70]
for a in vals:
    for b in vals:
        print(a, b, [L[a:b:c] for c in steps])
print(L[True:], L[:False], L[Idx(2):Idx(-1)], L[::Idx(-2)])
for bad in (0, Idx(0)):
    try:
        L[1:2:bad]
    except ValueError as e:
        print("ValueError", e)
for bad in ("1", 1.0, []):
    try:
        L[bad:]
    except TypeError as e:
        print("TypeError", e)
    try:
        L[::bad]
    except TypeError as e:
        print("TypeError", e)

# Slice assignment, same and different lengths, from lists, tuples, itself,
# iterables and extended slices.
for a in [None, -9, -2, 0, 1, 3, 7, 50]:
    for b in [None, -9, -2, 0, 1, 3, 7, 50]:
        row = []
        for src in ([], [9], [9, 8, 7], (5, 6), "xy", range(3), None):
            M = list(L)
            if src is None:
                M[a:b] = M
            else:
                M[a:b] = src
            row.append(M)
        print(a, b, row)
M = list(L)
M[::2] = [0, 0, 0, 0]
print(M)
for src in ([1], (1, 2, 3, 4, 5)):
    try:
        M[::2] = src
    except ValueError as e:
        print("ValueError", e)
try:
    M[1:3] = 5
except TypeError as e:
    print("TypeError", e)
M[Idx(1):Idx(3)] = "ab"
print(M)
M[5:1] = [7, 7]
print(M)

# Concatenation of slices, in both orders, into temporaries and names.
items = list(range(6))
for i in range(-1, 8):
    rest = items[:i] + items[i + 1:]
    other = items[i:] + [i]
    both = [i] + items[::-1][:i]
    print(i, rest, other, both, items[:i] + items[i:i], items[i::2] + items)
t = (1, 2, 3)
try:
    items[:2] + t
except TypeError as e:
    print("TypeError", e)


class L2(list):
    def __add__(self, other):
        return "L2.__add__"

    def __radd__(self, other):
        return "L2.__radd__"


s = L2([1, 2, 3])
print(s[:2] + [0], [0] + s[1:], type(s[:2]).__name__, items[:1] + s)


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


print(list(permutations([1, 2, 3, 4])))
