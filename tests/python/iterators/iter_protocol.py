class Count:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), tuple(Count(2)), set(Count(2)))
c = Count(2)
print(next(c), next(c), next(c, 'default'))
try:
    next(c)
except StopIteration as e:
    print('StopIteration', e.args)
for x in Count(2):
    print('for', x)
a, b, c = Count(3)
print(a, b, c)
print(*Count(3), sep='-')
