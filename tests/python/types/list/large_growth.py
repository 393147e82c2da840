l = []
for i in range(10000):
    l.append(i * i)
print(len(l), l[9999], sum(l) % 1000003)
while len(l) > 5:
    l.pop()
print(l)
m = [0] * 100000
m[50000] = 1
print(m.index(1), m.count(0))
