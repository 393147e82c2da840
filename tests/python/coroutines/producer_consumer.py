class Channel:
    def __init__(self): self.items = []
class Get:
    def __init__(self, ch): self.ch = ch
    def __await__(self):
        while not self.ch.items:
            yield 'wait'
        return self.ch.items.pop(0)
class Put:
    def __init__(self, ch, v): self.ch, self.v = ch, v
    def __await__(self):
        self.ch.items.append(self.v)
        yield 'put'
async def producer(ch):
    for i in range(3):
        await Put(ch, i)
    await Put(ch, None)
async def consumer(ch):
    got = []
    while (v := await Get(ch)) is not None:
        got.append(v)
    return got
ch = Channel()
tasks = [consumer(ch), producer(ch)]
results = {}
while tasks:
    t = tasks.pop(0)
    try:
        t.send(None)
        tasks.append(t)
    except StopIteration as e:
        results[t.__name__] = e.value
print(results)
