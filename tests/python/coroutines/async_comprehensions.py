class Tick:
    def __await__(self):
        yield
        return 1
async def val(x):
    await Tick()
    return x * 2
async def agen():
    for i in range(4):
        yield i
async def main():
    a = [await val(i) for i in range(3)]
    b = [i async for i in agen() if i % 2]
    c = {i: await val(i) async for i in agen()}
    return a, b, c
c = main()
steps = 0
while True:
    try:
        c.send(None)
        steps += 1
    except StopIteration as e:
        print(e.value, steps)
        break
