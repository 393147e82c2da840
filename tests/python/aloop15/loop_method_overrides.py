# The native Future and Task call the loop's call_soon and get_debug as
# methods looked up on the loop: a subclass's override, an instance
# attribute shadowing the method, and a callable object all take effect.
import asyncio


class CountingLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        self.soon = []
        self.debug_asked = 0
        super().__init__()

    def call_soon(self, callback, *args, context=None):
        self.soon.append((callable(callback), len(args), context is not None))
        return super().call_soon(callback, *args, context=context)

    def get_debug(self):
        self.debug_asked += 1
        return False


async def child(i):
    await asyncio.sleep(0)
    return i


async def main():
    tasks = [asyncio.create_task(child(i)) for i in range(3)]
    return sum(await asyncio.gather(*tasks))


loop = CountingLoop()
print(loop.run_until_complete(main()))
print(loop.debug_asked >= 4, sorted(set(loop.soon)))
loop.close()

# An instance attribute shadows the class's call_soon.
loop = asyncio.new_event_loop()
seen = []
orig = loop.call_soon


def shadow(cb, *args, context=None):
    seen.append(len(args))
    return orig(cb, *args, context=context)


loop.call_soon = shadow
fut = loop.create_future()
fut.add_done_callback(lambda f: seen.append("done"))
fut.set_result(1)
loop.run_until_complete(asyncio.sleep(0))
print(seen)


class Caller:
    def __init__(self, loop):
        self.loop = loop

    def __call__(self, cb, *args, context=None):
        seen.append(("obj", len(args)))
        return self.loop._call_soon(cb, args, context)


seen.clear()
loop.call_soon = Caller(loop)
t = loop.create_task(child(5))
print(loop.run_until_complete(t), seen[:2])
loop.close()


class BadLoop(asyncio.SelectorEventLoop):
    broken = False

    def get_debug(self):
        if self.broken:
            raise RuntimeError("no debug")
        return False


bad = BadLoop()
bad.broken = True
try:
    bad.create_future()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    asyncio.Future(loop=bad)
except RuntimeError as e:
    print("RuntimeError", e)
bad.broken = False
bad.close()
