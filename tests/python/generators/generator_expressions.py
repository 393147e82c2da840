g = (x * x for x in range(5) if x % 2)
print(type(g).__name__, list(g))
print(sum(x for x in range(101)), max(len(w) for w in ['a', 'abc', 'ab']))
print(list((i, j) for i in range(3) for j in range(i)))
n = 10
gen = (x + n for x in range(2))
n = 100
print(list(gen))
def source():
    print('source evaluated')
    return [1, 2]
gen = (x for x in source())
print('gen created')
print(list(gen))
try:
    gen2 = (x for x in 5)
except TypeError as e:
    print(e)
print(sorted(c for c in 'hello'), ''.join(str(i) for i in range(4)))
