l = [3, 1, 2]
def key(x):
    if x == 2:
        raise ValueError('bad key')
    return x
try:
    l.sort(key=key)
except ValueError as e:
    print(e, l)
l = [3, 'a', 1]
try:
    l.sort()
except TypeError as e:
    print(e)
print(sorted(l, key=str))
