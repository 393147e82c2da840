class Seq:
    def __init__(self, data): self.data = data
    def __len__(self): return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __repr__(self): return f'Seq({self.data!r})'
s = Seq([1, 2, 3, 4])
print(len(s), s[0], s[-1], s[1:3], s[::-1], list(s), 3 in s, list(reversed(s)))
try:
    s[10]
except IndexError as e:
    print(e)
print(sorted(Seq([3, 1, 2])), max(s), min(s), sum(s), ''.join(map(str, s)))
class Rev:
    def __reversed__(self): return iter('cba')
print(list(reversed(Rev())))
try:
    reversed(object())
except TypeError as e:
    print(e)
try:
    reversed({1: 2}.keys().__iter__())
except TypeError as e:
    print(e)
