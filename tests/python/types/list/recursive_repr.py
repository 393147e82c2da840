l = [1, 2]
l.append(l)
print(l, repr(l), str(l))
d = {'k': l}
l.append(d)
print(l)
t = (l,)
print(t)
a = []
b = [a]
a.append(b)
print(a, b)
print(l == l)
