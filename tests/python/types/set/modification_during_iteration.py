s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(e)
s = {1, 2, 3}
for x in list(s):
    s.discard(x)
print(s)
s = {1, 2}
try:
    for x in s:
        s.add(x)
    print('adding existing elements is fine', s)
except RuntimeError as e:
    print(e)
