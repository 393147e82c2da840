class Suspend:
    def __await__(self):
        yield 'waiting'
async def task():
    try:
        await Suspend()
    except KeyError as e:
        print('task caught', e)
        return 'cancelled cleanly'
c = task()
print(c.send(None))
try:
    c.throw(KeyError('cancel'))
except StopIteration as e:
    print(e.value)
c2 = task()
c2.send(None)
try:
    c2.throw(ValueError('other'))
except ValueError as e:
    print('propagated', e)
