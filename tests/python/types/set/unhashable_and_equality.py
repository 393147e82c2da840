s = set()
for v in [[1], {1}, {}, bytearray()]:
    try:
        s.add(v)
    except TypeError as e:
        print(e)
print({1, 1.0, True}, {0, False, 0.0, -0.0}, len({float('nan'), float('nan')}))
n = float('nan')
print(len({n, n}), n in {n})
s = {1, 2}
print(s == {2, 1}, s != {1}, {frozenset({1})} == {frozenset({1})}, set() == frozenset())
try:
    {1} < [1]
except TypeError as e:
    print(e)
print({1, 2} in [{2, 1}], {1}.__contains__(1))
try:
    [1] in {1}
except TypeError as e:
    print(e)
print(frozenset([1]) in {frozenset([1])}, {1} in {frozenset([1])})
