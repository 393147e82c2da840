data = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd'), (1, 'e')]
print(sorted(data, key=lambda p: p[0], reverse=True))
l = data[:]
l.sort(key=lambda p: p[0], reverse=True)
print(l)
print(sorted([3, 1, 2], reverse=True), sorted([1.5, -1, 0, True], reverse=True), sorted('hello', reverse=True))
