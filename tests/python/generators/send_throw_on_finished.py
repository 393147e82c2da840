def g():
    yield 1
it = g()
list(it)
try:
    it.send(None)
except StopIteration:
    print('send on finished: StopIteration')
try:
    it.throw(ValueError('late'))
except ValueError as e:
    print('throw on finished raises', e)
it.close()
print('close on finished ok')
def h():
    try:
        yield 1
    except ValueError:
        return 'returned after throw'
it = h()
next(it)
try:
    it.throw(ValueError)
except StopIteration as e:
    print(e.value)
