def inner():
    try:
        yield 1
        yield 2
    except KeyError:
        print('inner caught KeyError')
        yield 'inner handled'
    finally:
        print('inner finally')
def outer():
    try:
        yield from inner()
    except ValueError:
        print('outer caught ValueError')
        yield 'outer handled'
g = outer()
print(next(g))
print(g.throw(KeyError))
g = outer()
next(g)
print(g.throw(ValueError))
g = outer()
next(g)
g.close()
print('closed')
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration('iter done')
        return self.n
def deleg():
    r = yield from It()
    yield r
print(list(deleg()))
