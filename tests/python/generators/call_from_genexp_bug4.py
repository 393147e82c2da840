def g(y): return y * 10
def f(x): return list(g(y) for y in x)
print(f([1, 2]))
