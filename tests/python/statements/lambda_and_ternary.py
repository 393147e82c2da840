f = lambda x, y=2: x ** y
print(f(3), f(2, 10), (lambda: 'no args')(), (lambda *a, **k: (a, k))(1, b=2))
print(sorted([(1, 'b'), (2, 'a')], key=lambda p: p[1]))
print(list(map(lambda x: x if x % 2 else -x, range(5))))
print((lambda f: f(f, 10))(lambda self, n: 1 if n == 0 else n * self(self, n - 1)))
