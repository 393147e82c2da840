class A:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n
async def main():
    it = aiter(A())
    a = await anext(it)
    b = await anext(it)
    c = await anext(it, 'default')
    return a, b, c
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
try:
    aiter([])
except TypeError as e:
    print(e)
