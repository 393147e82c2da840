log = []
class T:
    def __init__(self, n): self.n = n
    def __setattr__(self, k, v):
        log.append(('set', self.n if k != 'n' else '-', k, v))
        object.__setattr__(self, k, v)
t1, t2 = T(1), T(2)
log.clear()
t1.x, t2.y = 'a', 'b'
print(log)
x = [0, 1, 2]
i = 0
i, x[i] = 1, 'z'
print(i, x)
a = b = []
a.append(1)
print(b)
