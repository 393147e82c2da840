class ARange:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    out = []
    async for x in ARange(3):
        out.append(x)
    else:
        out.append('else')
    return out
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
async def bad():
    async for x in [1, 2]:
        pass
try:
    bad().send(None)
except TypeError as e:
    print(e)
