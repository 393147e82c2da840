t = (1, 'two', 3.0, None, (5,))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1], t.count(1), t.index(None), 3.0 in t, t + (6,), t * 2, (t,), ())
print((1,), (1), tuple(), tuple([1]), type(()).__name__, len(()), (1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0))
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t.index(99)
except ValueError as e:
    print(e)
try:
    t[10]
except IndexError as e:
    print(e)
try:
    (1,) + [2]
except TypeError as e:
    print(e)
