async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('agen finally')
async def main():
    g = agen()
    async for v in g:
        print('got', v)
        break
    await g.aclose()
    print('closed')
    g2 = agen()
    print(await g2.asend(None))
    try:
        await g2.athrow(ValueError('thrown'))
    except ValueError as e:
        print('athrow propagated', e)
c = main()
try:
    c.send(None)
except StopIteration:
    print('main done')
