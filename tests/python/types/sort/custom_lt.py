class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'V{self.v}'
print(sorted([V(3), V(1), V(2)]), max([V(3), V(5), V(1)], key=lambda x: x.v), min([V(2), V(0)]))
class GtOnly:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f'G{self.v}'
print(sorted([GtOnly(2), GtOnly(1)]))
calls = [0]
class Counting:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls[0] += 1
        return self.v < o.v
sorted([Counting(i) for i in range(100)])
print(calls[0])
calls[0] = 0
sorted([Counting(i) for i in range(100, 0, -1)])
print(calls[0])
import functools
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
