data = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(data), 0)))
n = [0]
def counter():
    n[0] += 1
    return n[0]
it = iter(counter, 4)
print(type(it).__name__, list(it), list(it))
try:
    iter(5, 0)
except TypeError as e:
    print(e)
