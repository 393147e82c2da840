class NotAwaitable:
    pass
async def f():
    await NotAwaitable()
try:
    f().send(None)
except TypeError as e:
    print(e)
class BadAwait:
    def __await__(self):
        return 5
async def g():
    await BadAwait()
try:
    g().send(None)
except TypeError as e:
    print(e)
async def h():
    await 5
try:
    h().send(None)
except TypeError as e:
    print(e)
class Raises:
    def __await__(self):
        raise ValueError('in await')
        yield
async def k():
    try:
        await Raises()
    except ValueError as e:
        return 'caught ' + str(e)
try:
    k().send(None)
except StopIteration as e:
    print(e.value)
