import random
r = random.Random(12345)
ok = 0
for i in range(2000):
    v = r.uniform(-1e10, 1e10) * 10 ** r.randint(-30, 30)
    if float(repr(v)) == v:
        ok += 1
    if i < 15:
        print(repr(v), str(v), f'{v:.6g}', f'{v:.15e}')
print(ok)
