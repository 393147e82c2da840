a = [1, [2, 3]]
b = a.copy()
c = a[:]
d = list(a)
import copy
e = copy.deepcopy(a)
a[1].append(4)
print(b, c, d, e, b is a, b[1] is a[1], e[1] is a[1])
x = [[0] * 2 for _ in range(2)]
x[0][0] = 1
print(x)
