import types
@types.coroutine
def legacy():
    v = yield 'legacy yield'
    return v
async def user():
    return await legacy()
c = user()
print(c.send(None))
try:
    c.send('value back')
except StopIteration as e:
    print(e.value)
def gen_based():
    yield
try:
    async def a():
        await gen_based()
    a().send(None)
except TypeError as e:
    print(e)
