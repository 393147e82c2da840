import sys
s = {3, 1, 2}
print(min(s), max(s), min(3, 1, 2), max([5, 9]), min("abc"), max(1, 2.5))
for bad in [lambda: min(), lambda: min(1), lambda: max([]), lambda: min(1, "a"), lambda: max(1, 2, key=None), lambda: min([], default=7), lambda: min(1, 2, bogus=3)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        return min(self.v, o.v) == self.v   # nested min inside a min call
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return "C(%d)" % self.v
print(min(C(3), C(1), C(2)), max(C(3), C(1), C(2)), min([C(5), C(4)]))
def gen():
    yield 4; yield min(1, 2); yield 0
print(min(gen()), [min(i, 10 - i) for i in range(5)])
print(min(*[3, 4], *(1,)))
try:
    min(1, 2, key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
