class Loop:
    def __init__(self): self.ready = []
    def spawn(self, coro): self.ready.append((coro, None))
    def run(self):
        while self.ready:
            coro, val = self.ready.pop(0)
            try:
                req = coro.send(val)
            except StopIteration as e:
                print('task finished with', e.value)
                continue
            self.ready.append((coro, 'resumed:' + str(req)))
class Yield:
    def __init__(self, tag): self.tag = tag
    def __await__(self):
        r = yield self.tag
        return r
async def worker(name, n):
    out = []
    for i in range(n):
        out.append(await Yield(f'{name}{i}'))
    return name, out
loop = Loop()
loop.spawn(worker('a', 2))
loop.spawn(worker('b', 3))
loop.run()
