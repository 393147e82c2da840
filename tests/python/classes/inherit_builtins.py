class MyList(list):
    def sum(self): return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), type(ml + [5]).__name__, type(ml[:2]).__name__, isinstance(ml, list))
class MyDict(dict):
    def __getitem__(self, k): return 'always'
md = MyDict(a=1)
print(md['a'], md.get('a'), dict(md), list(md.values()))
class MyStr(str):
    def shout(self): return self.upper() + '!'
s = MyStr('hi')
print(s.shout(), type(s + 'x').__name__, s == 'hi', repr(s), hash(s) == hash('hi'))
class MyInt(int):
    def __repr__(self): return f'MyInt({int(self)})'
i = MyInt(5)
print(i, repr(i), i + 1, type(i + 1).__name__, type(-i).__name__, f'{i}', str(i))
