class BadTarget:
    def __setitem__(self, key, value):
        raise StopAsyncIteration(42)
tgt = BadTarget()
async def source():
    yield 10
def run(coro):
    out = []
    try:
        while True:
            out.append(coro.send(None))
    except StopIteration as e:
        return out, e.value
async def run_for():
    try:
        async for tgt[0] in source():
            pass
    except StopAsyncIteration as e:
        print("for:", e.args)
    return 'end'
print(run(run_for()))
async def run_gen():
    gen = (0 async for tgt[0] in source())
    a = gen.asend(None)
    try:
        await a
    except RuntimeError as e:
        print("gen:", e, type(e.__cause__).__name__, e.__cause__.args)
    return 'end'
print(run(run_gen()))
async def agen():
    yield 1
    raise StopAsyncIteration(7)
async def drive():
    g = agen()
    print(await g.asend(None))
    try:
        await g.asend(None)
    except RuntimeError as e:
        print("agen:", e, repr(e.__cause__))
    async def agen2():
        yield 1
        raise StopIteration(8)
    g = agen2()
    await g.asend(None)
    try:
        await g.asend(None)
    except RuntimeError as e:
        print("agen2:", e, repr(e.__cause__))
print(run(drive()))
