d = {}
for i in range(5000):
    d[i] = i
for i in range(0, 5000, 2):
    del d[i]
print(len(d), list(d)[:5], list(d)[-3:])
for i in range(3):
    d[i] = 'new'
print(list(d)[-3:], d.get(4999), sum(k for k in d if isinstance(d[k], int)) % 9973)
s = {str(i): i for i in range(1000)}
print(list(s)[:5], s['999'])
