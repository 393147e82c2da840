l = [1, 2, 3, 4]
for x in l:
    if x == 2:
        l.remove(x)
print(l)
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if len(l) < 6:
        l.append(x * 10)
print(out)
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(e)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
d = {1: 1}
try:
    for k in d:
        del d[k]
        d[k + 1] = 1
except RuntimeError as e:
    print(e)
print(d)
