print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 10, 3) == range(0, 11, 3), range(1, 2, 5) == range(1, 3, 7), range(3) == [0, 1, 2])
print(hash(range(0)) == hash(range(4, 4)), hash(range(0, 3)) == hash(range(3)), {range(3): 'x'}[range(0, 3, 1)])
try:
    range(3) < range(4)
except TypeError as e:
    print(e)
