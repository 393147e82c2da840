l = [1, 2, 3]
it = iter(l)
print(next(it))
l.append(4)
print(list(it))
r = reversed(l)
print(next(r))
l.pop()
l.pop()
print(list(r))
it = iter([1, 2])
list(it)
l2 = [1]
print(list(it), it.__length_hint__())
