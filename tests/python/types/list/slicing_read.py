l = list(range(10))
for s in [slice(None), slice(2, 5), slice(-3, None), slice(None, None, 2), slice(None, None, -1), slice(8, 2, -2), slice(100, 200), slice(-100, 3), slice(5, 5), slice(1, -1, 3), slice(-1, -5, -1), slice(None, None, -3)]:
    print(s, l[s])
try:
    l[::0]
except ValueError as e:
    print(e)
print(l[2 ** 70:], l[-2 ** 70:2])
