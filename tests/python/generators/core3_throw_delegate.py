def sub():
    try:
        yield 1
    except ValueError:
        return "handled"
def outer():
    r = yield from sub()
    print("got", r)
    yield 2
g = outer(); next(g)
print(g.throw(ValueError))

class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        return self.n
    def throw(self, *a):
        print("It.throw", a[0].__name__ if isinstance(a[0], type) else repr(a[0]))
        if self.n > 1:
            raise StopIteration("done")
        return "thrown-value"
    def close(self):
        print("It.close")
def outer2():
    r = yield from It()
    print("got2", r)
    yield "end"
g = outer2(); print(next(g))
print(g.throw(KeyError))
print(g.throw(KeyError("k")))
g1 = g
g = outer2(); next(g)
g.close()
g1.close()
class NoThrow:
    def __iter__(self): return self
    def __next__(self): return 1
def outer3():
    try:
        yield from NoThrow()
    except KeyError as e:
        print("caught in outer3", repr(e))
        yield "o3"
g = outer3(); next(g)
print(g.throw(KeyError("x")))

import types
async def spammer():
    return 'spam'
async def reader(coro):
    return await coro
c = spammer()
try:
    reader(c).send(None)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    reader(c).send(None)
except RuntimeError as e:
    print("RuntimeError", e)

@types.coroutine
def nop():
    yield
async def coroutine():
    await nop()
async def waiter(coro):
    await coro
co = coroutine()
co.send(None)
w = waiter(co)
try:
    w.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

async def cf(): pass
c = cf()
for call in [lambda: c.send(1)]:
    try: call()
    except TypeError as e: print(e)
c.close()
class FutureLike:
    def __await__(self):
        return (yield)
class Wrapper:
    def __init__(self, coro):
        self.coro = coro
    def __await__(self):
        return self.coro.__await__()
class Marker(Exception): pass
async def coro1():
    try:
        return await FutureLike()
    except ZeroDivisionError:
        raise Marker
async def coro2():
    return await Wrapper(coro1())
c = coro2(); c.send(None)
try:
    c.send('spam')
except StopIteration as e:
    print("StopIteration", e.value)
c = coro2(); c.send(None)
try:
    c.throw(ZeroDivisionError)
except Marker:
    print("Marker")
def gen():
    yield 1
g = gen()
print(next(g))
try:
    g.send(None)
except StopIteration:
    print("finished generator: StopIteration")
try:
    g.throw(ValueError("after"))
except ValueError as e:
    print("finished generator rethrows", e)
