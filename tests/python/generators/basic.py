def gen(n):
    print('start')
    for i in range(n):
        print('yielding', i)
        yield i
    print('end')
g = gen(2)
print('created')
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)
print(list(gen(0)))
