print([x for x in range(5)], [x * y for x in range(3) for y in range(3) if x != y])
print([(x, y) for x in 'ab' if x != 'c' for y in range(2) if y])
print([[i * j for j in range(3)] for i in range(3)])
print([x for x in range(10) if x % 2 if x % 3])
print([i for i in range(3) for i in 'ab'])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([y for x in [[1, 2], [3]] for y in x])
