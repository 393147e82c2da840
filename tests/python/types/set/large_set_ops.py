a = set(range(0, 3000, 2))
b = set(range(0, 3000, 3))
print(len(a | b), len(a & b), len(a - b), len(a ^ b), sum(a & b) % 10007, min(a ^ b), max(a - b))
c = {i * 7919 % 10007 for i in range(1000)}
print(len(c), sorted(c)[:5])
d = set()
for i in range(2000):
    d.add(i)
for i in range(0, 2000, 3):
    d.remove(i)
print(len(d), sorted(d)[:5], list(d)[:8])
