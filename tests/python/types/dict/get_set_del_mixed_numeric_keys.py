d = {1: 'int', 2.5: 'float'}
print(d[1.0], d[True], d.get(1 + 0j), 2.5 in d, d.get(5 / 2))
d[1.0] = 'float one'
print(d)
del d[True]
print(d)
big = 2 ** 70
d[big] = 'big'
print(d[float(big)], d.get(big + 1))
