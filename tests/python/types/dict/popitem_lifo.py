d = {i: i * i for i in range(5)}
print(d.popitem(), d.popitem(), d)
d[10] = 100
print(d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print(e)
