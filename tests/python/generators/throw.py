def g():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('caught', e)
            yield 'recovered'
it = g()
print(next(it))
print(it.throw(ValueError('boom')))
print(next(it))
try:
    it.throw(KeyError('unhandled'))
except KeyError as e:
    print('propagated', e)
print(next(it, 'exhausted'))
def h():
    yield 1
fresh = h()
try:
    fresh.throw(RuntimeError('before start'))
except RuntimeError as e:
    print(e)
print(list(fresh))
it2 = g()
next(it2)
print(it2.throw(ValueError))
