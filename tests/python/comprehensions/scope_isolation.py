x = 'global x'
res = [x for x in range(3)]
print(x)
def f():
    y = 10
    return [y + i for i in range(2)], {y for _ in range(1)}, {i: y for i in range(1)}, list(y for _ in range(1))
print(f())
def g():
    return [lambda: i for i in range(3)]
print([h() for h in g()])
def h():
    return [(lambda i=i: i) for i in range(3)]
print([q() for q in h()])
print([(lambda: n)() for n in range(3)])
