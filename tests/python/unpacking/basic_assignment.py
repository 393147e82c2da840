a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = 'xy'
print(f, g)
h, = [9]
print(h)
i = j = k = 'same'
print(i, j, k)
x, y, z = range(3)
print(x, y, z)
l = [0, 0]
l[0], l[1] = 'p', 'q'
print(l)
class O: pass
o = O()
o.a, o.b = 1, 2
print(o.a, o.b)
