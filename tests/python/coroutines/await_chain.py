class Suspend:
    def __await__(self):
        got = yield 'suspend'
        return got
async def leaf(v):
    r = await Suspend()
    return v + r
async def mid():
    a = await leaf(1)
    b = await leaf(10)
    return a + b
def run(coro):
    val = None
    steps = 0
    while True:
        try:
            req = coro.send(val)
        except StopIteration as e:
            return e.value, steps
        steps += 1
        val = 100
print(run(mid()))
