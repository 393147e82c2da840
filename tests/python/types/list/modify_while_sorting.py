l = [3, 1, 2]
def key(x):
    l.append(x)
    return x
try:
    l.sort(key=key)
except ValueError as e:
    print(e)
print(l)
l = [5, 4, 3]
def bad_cmp(x):
    l.clear()
    return x
try:
    l.sort(key=bad_cmp)
except ValueError as e:
    print(e)
print(l)
