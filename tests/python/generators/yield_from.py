def sub():
    x = yield 'sub1'
    print('sub got', x)
    yield 'sub2'
    return 'sub result'
def outer():
    r = yield from sub()
    print('outer got', r)
    yield 'outer'
g = outer()
print(next(g))
print(g.send('hello'))
print(next(g))
print(list(outer()))
def flat(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flat(x)
        else:
            yield x
print(list(flat([1, [2, [3, [4]], 5], [[6]]])))
def from_iter():
    yield from range(3)
    yield from 'ab'
    yield from {'k': 1}
print(list(from_iter()))
