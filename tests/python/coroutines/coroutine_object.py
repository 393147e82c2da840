async def f(x):
    return x * 2
c = f(21)
print(type(c).__name__, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
c2 = f(1)
c2.close()
print(c2.cr_frame)
import inspect
print(inspect.iscoroutinefunction(f), inspect.iscoroutine(f(0)) if False else True)
async def nothing():
    pass
n = nothing()
try:
    n.send(None)
except StopIteration as e:
    print(e.value)
c3 = f(1)
try:
    iter(c3)
except TypeError as e:
    print(e)
c3.close()
