class K:
    def __init__(self, v, h): self.v, self.h = v, h
    def __hash__(self): return self.h
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return f'K({self.v})'
d = {K(1, 7): 'a', K(2, 7): 'b', K(1, 7): 'c'}
print(d, len(d))
s = {K(i, i % 2) for i in range(6)}
print(len(s), K(3, 1) in s, K(3, 0) in s, K(9, 1) in s)
calls = []
class Tracked:
    def __hash__(self):
        calls.append('hash')
        return 1
    def __eq__(self, o):
        calls.append('eq')
        return self is o
t = Tracked()
d = {t: 1}
d[t]
d.get(Tracked())
print(calls)
