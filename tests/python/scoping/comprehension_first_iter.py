class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    pairs = [(a, b) for a in items for b in range(a)]
print(C.doubled, C.pairs)
def f():
    data = 'xyz'
    return [c for c in data if c != 'y']
print(f())
