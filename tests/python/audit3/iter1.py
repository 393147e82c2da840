def tr(fn):
    try: print("ok", repr(fn()))
    except BaseException as e: print(type(e).__name__, e)
class BadNext:
    def __iter__(self): return self
tr(lambda: iter(BadNext()))
tr(lambda: list(BadNext()))
class IterRetNonIter:
    def __iter__(self): return 5
tr(lambda: iter(IterRetNonIter()))
tr(lambda: list(IterRetNonIter()))
tr(lambda: [x for x in IterRetNonIter()])
def forloop():
    for x in IterRetNonIter(): pass
tr(forloop)
class NextRaisesSI(Exception): pass
class Cnt:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration(99)
        return self.n
print(list(Cnt()), sum(Cnt()), max(Cnt()), sorted(Cnt(), reverse=True), tuple(Cnt()), set(Cnt()), dict.fromkeys(Cnt()))
c = Cnt(); print(list(zip(c, c)), list(enumerate(Cnt())), list(map(str, Cnt())), "-".join(map(str, Cnt())))
print(*Cnt(), sep="|")
a, b, c2 = Cnt(); print(a, b, c2)
print(list(iter(Cnt())), 2 in Cnt(), 5 in Cnt())
# iter over dict while mutating
d = {1: 1}
def mut():
    for k in d: d[k + 1] = 1
tr(mut)
s = {1}
def mut2():
    for k in s: s.add(k + 1)
tr(mut2)
l = [1, 2, 3]
for x in l:
    if x == 1: l.remove(x)
print(l)
# reversed of various
print(list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(1, 10, 3))), list(reversed({1: 0, 2: 0})), list(reversed({1: 0}.items())))
tr(lambda: reversed(set()))
tr(lambda: reversed(x for x in []))
# iterator protocol of builtins
it = iter([1, 2]); print(next(it), it.__length_hint__(), type(it).__name__, iter(it) is it)
tr(lambda: iter([]).__setstate__(5))
it = iter(range(5)); next(it); print(list(it), it.__reduce__()[0].__name__ if hasattr(it, "__reduce__") else "")
# map/filter/zip laziness and errors at iteration time
m = map(lambda x: 1 / x, [1, 0]); print(next(m)); tr(lambda: next(m))
z = zip([1, 2], [3]); print(list(z), list(z))
tr(lambda: list(zip([1, 2], 5)))
e = enumerate("ab"); print(next(e), e.__reduce__()[0].__name__)
# callable_iterator
calls = iter([3, 2, 1, 0, 5])
ci = iter(lambda: next(calls), 0); print(list(ci), list(ci), type(ci).__name__)
# sequence iteration via __getitem__ with IndexError / other errors
class SeqErr:
    def __getitem__(self, i):
        if i == 2: raise KeyError("bad")
        return i
tr(lambda: list(SeqErr()))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
it = iter(Seq()); print(type(it).__name__, list(it), list(it))
# next() on non-iterators
tr(lambda: next(Seq()))
tr(lambda: next(5, None))
# generator as iterator of itself
g = (i for i in range(3)); print(iter(g) is g, list(g))
# StopIteration from __next__ with value inside for: ignored
for v in Cnt(): pass
print("v", v)
# __iter__ as generator method
class GenIter:
    def __iter__(self):
        yield from range(3)
print(list(GenIter()), [i * 2 for i in GenIter()])
# unpacking iterators lazily
def infinite():
    i = 0
    while True:
        yield i; i += 1
tr(lambda: exec("a, b = infinite()", {"infinite": infinite}))
first, second, *_ = [1, 2, 3, 4]; print(first, second, _)
