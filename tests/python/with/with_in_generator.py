class CM:
    def __enter__(self):
        print('enter')
    def __exit__(self, t, v, tb):
        print('exit', t.__name__ if t else None)
def gen():
    with CM():
        yield 1
        yield 2
g = gen()
print(next(g))
g.close()
g = gen()
next(g)
try:
    g.throw(ValueError('x'))
except ValueError:
    print('propagated')
print(list(gen()))
