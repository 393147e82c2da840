# coroutines: async def / await driven by a small hand-written event loop
# (no asyncio): tasks that await futures, sleep on a virtual clock, send
# messages through queues, and gather results.
import sys


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


class Future:
    def __init__(self):
        self.done = False
        self.value = None
        self.waiters = []

    def set(self, value):
        self.done = True
        self.value = value
        waiters, self.waiters = self.waiters, []
        return waiters

    def __await__(self):
        if not self.done:
            yield self
        return self.value


class Loop:
    def __init__(self):
        self.ready = []
        self.timers = []
        self.now = 0
        self.steps = 0

    def spawn(self, coro):
        task = Task(self, coro)
        self.ready.append((task, None))
        return task

    def sleep(self, delay):
        f = Future()
        self.timers.append((self.now + delay, len(self.timers), f))
        return f

    def resolve(self, future, value):
        for task in future.set(value):
            self.ready.append((task, value))

    def run(self):
        while self.ready or self.timers:
            if not self.ready:
                self.timers.sort(key=lambda t: (t[0], t[1]))
                when = self.timers[0][0]
                self.now = when
                due = [t for t in self.timers if t[0] == when]
                self.timers = [t for t in self.timers if t[0] != when]
                for _, _, f in due:
                    self.resolve(f, when)
                continue
            ready, self.ready = self.ready, []
            for task, value in ready:
                self.steps += 1
                task.step(value)


class Task(Future):
    def __init__(self, loop, coro):
        Future.__init__(self)
        self.loop = loop
        self.coro = coro

    def step(self, value):
        try:
            waiting = self.coro.send(value)
        except StopIteration as stop:
            self.loop.resolve(self, stop.value)
            return
        if waiting.done:
            self.loop.ready.append((self, waiting.value))
        else:
            waiting.waiters.append(self)


class Queue:
    def __init__(self, loop):
        self.loop = loop
        self.items = []
        self.getters = []

    def put(self, item):
        if self.getters:
            self.loop.resolve(self.getters.pop(0), item)
        else:
            self.items.append(item)

    async def get(self):
        if self.items:
            return self.items.pop(0)
        f = Future()
        self.getters.append(f)
        return await f


async def producer(loop, q, ident, count):
    for i in range(count):
        if i % 5 == 0:
            await loop.sleep(1 + (ident + i) % 3)
        q.put((ident, i))
    q.put(None)


async def consumer(q, producers):
    total = 0
    seen = 0
    finished = 0
    while finished < producers:
        item = await q.get()
        if item is None:
            finished += 1
            continue
        ident, i = item
        total += ident * 1000 + i
        seen += 1
    return total, seen


async def compute(n):
    acc = 0
    for i in range(n):
        acc += await square(i)
    return acc


async def square(x):
    return x * x


async def gather(loop, coros):
    tasks = [loop.spawn(c) for c in coros]
    return [await t for t in tasks]


def main():
    n = size(400, 2)
    results = []
    steps = 0
    clock = 0
    for r in range(n):
        loop = Loop()
        q = Queue(loop)
        producers = 8
        for p in range(producers):
            loop.spawn(producer(loop, q, p, 200 + r))
        cons = loop.spawn(consumer(q, producers))
        g = loop.spawn(gather(loop, [compute(300 + k) for k in range(10)]))
        loop.run()
        results.append((cons.value, sum(g.value)))
        steps += loop.steps
        clock += loop.now
    print(results[0], results[-1], steps, clock)


main()
