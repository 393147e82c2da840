seen = []
def noisy(n):
    for i in range(n):
        seen.append(i)
        yield i
g = (x * 2 for x in noisy(5) if x % 2 == 0)
print(seen)
print(next(g), seen)
print(list(g), seen)
try:
    g2 = (x for x in None)
except TypeError as e:
    print('eager first iterable:', e)
g3 = (x for x in [1] for y in None)
try:
    next(g3)
except TypeError as e:
    print('lazy second iterable:', e)
