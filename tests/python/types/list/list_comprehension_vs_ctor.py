print(list(range(5)) == [i for i in range(5)], list('abc'), list({'a': 1}.items()), list(x * 2 for x in 'ab'))
class It:
    def __iter__(self): return iter([3, 2, 1])
    def __len__(self): return 100
print(list(It()))
l = list(range(1000))
print(sum(l), l[-1], len(l[::7]), l[500:505])
