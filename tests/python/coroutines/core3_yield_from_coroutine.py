# yield from a coroutine is only allowed in a coroutine-flagged generator;
# a code object made by replace() that never ran before gets its caches.
import types

async def bar():
    return 10

coro = bar()
def foo():
    yield from coro
try:
    list(foo())
except TypeError as e:
    print(e)

@types.coroutine
def baz():
    return (yield from coro)
try:
    baz().send(None)
except StopIteration as e:
    print("value", e.value)

def g():
    return len("ab") + len([1])
g.__code__ = g.__code__.replace(co_name="h")
print(g(), g.__code__.co_name)
