def f():
    a = 1
    def g():
        return a
    a = 2
    return g
print(f()())
fs = [lambda: i for i in range(3)]
print([h() for h in fs])
fs = [lambda i=i: i for i in range(3)]
print([h() for h in fs])
