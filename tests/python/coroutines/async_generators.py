async def agen(n):
    for i in range(n):
        yield i * 10
    print('agen done')
async def main():
    out = [v async for v in agen(3)]
    ag = agen(2)
    out.append(await ag.__anext__())
    out.append(await ag.__anext__())
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        out.append('stop')
    out.append(type(ag).__name__)
    return out
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def with_send():
    x = yield 'first'
    yield f'got {x}'
async def drive():
    g = with_send()
    a = await g.asend(None)
    b = await g.asend('sent')
    await g.aclose()
    return a, b
try:
    drive().send(None)
except StopIteration as e:
    print(e.value)
