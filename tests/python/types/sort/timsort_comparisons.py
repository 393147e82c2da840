class R:
    def __init__(self): self.x = 12345
    def rnd(self):
        self.x = (self.x * 1103515245 + 12345) % 2**31
        return self.x
    def random(self): return self.rnd() / 2**31
    def randrange(self, n): return self.rnd() % n
random = R()
calls = [0]
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls[0] += 1
        return self.v < o.v
for n in [0, 1, 2, 3, 10, 63, 64, 65, 100, 257, 1000, 5000]:
    for kind in ['rand', 'sorted', 'rev', 'dups', 'saw', 'mostly']:
        if kind == 'rand': data = [random.random() for _ in range(n)]
        elif kind == 'sorted': data = list(range(n))
        elif kind == 'rev': data = list(range(n, 0, -1))
        elif kind == 'dups': data = [random.randrange(5) for _ in range(n)]
        elif kind == 'saw': data = [i % 17 for i in range(n)]
        else:
            data = list(range(n))
            for _ in range(n // 20 + 1):
                if n > 1:
                    i, j = random.randrange(n), random.randrange(n)
                    data[i], data[j] = data[j], data[i]
        calls[0] = 0
        objs = [C(x) for x in data]
        out = sorted(objs)
        ok = [o.v for o in out] == sorted(data)
        stable = all(out[i].v < out[i+1].v or (out[i].v == out[i+1].v and objs.index(out[i]) < objs.index(out[i+1])) for i in range(len(out)-1)) if n <= 300 else True
        print(n, kind, calls[0], ok, stable)
calls[0] = 0
l = [C(random.randrange(100)) for _ in range(500)]
l.sort(key=lambda c: c.v % 7, reverse=True)
print([c.v for c in l[:20]])
l.sort(reverse=True)
print(calls[0], [c.v for c in l[:10]])
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 13: raise ValueError('bad')
        return self.v < o.v
try:
    sorted([Bad(i) for i in range(30, 0, -1)])
except ValueError as e:
    print(e)
print(sorted([3, 1, 2], reverse=True), sorted('hello'), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
