class Sleep:
    def __init__(self, ticks): self.ticks = ticks
    def __await__(self):
        yield self.ticks
async def task(name, delays):
    for d in delays:
        await Sleep(d)
        print(name, 'woke after', d)
    return name
def run(tasks):
    import heapq
    now = 0
    q = [(0, i, t) for i, t in enumerate(tasks)]
    heapq.heapify(q)
    done = []
    while q:
        now, i, t = heapq.heappop(q)
        try:
            d = t.send(None)
            heapq.heappush(q, (now + d, i, t))
        except StopIteration as e:
            done.append((now, e.value))
    return done
print(run([task('A', [3, 1]), task('B', [1, 1, 1]), task('C', [2])]))
