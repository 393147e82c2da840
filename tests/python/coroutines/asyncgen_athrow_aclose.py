# async generators: asend/athrow/aclose awaitables step by step, awaits inside finally, reuse errors.
import types
@types.coroutine
def sleep0():
    yield 'tick'
async def agen():
    try:
        yield 1
        try:
            yield 2
        except ValueError as e:
            print('caught', e)
            yield 'after-catch'
    finally:
        await sleep0()
        print('cleanup')
def drive(aw):
    out = []
    try:
        while True:
            out.append(aw.send(None))
    except StopIteration as e:
        return out, e.value
    except BaseException as e:
        return out, type(e).__name__ + ': ' + str(e)
g = agen()
print(drive(g.asend(None)))
print(drive(g.__anext__()))
print(drive(g.athrow(ValueError('v'))))
print(drive(g.aclose()))
print(drive(g.asend(None)))
async def ignorer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ignorer()
print(drive(g.__anext__()))
print(drive(g.aclose()))
print(drive(g.__anext__()))
g = agen()
print(drive(g.aclose()))
print(drive(g.__anext__()))
aw = agen().athrow(KeyError('k'))
print(drive(aw))
try: aw.send(None)
except RuntimeError as e: print(e)
ga = agen()
a = ga.asend(None)
print(drive(a))
try: a.send(None)
except RuntimeError as e: print(e)
print(drive(ga.aclose()))
async def ret():
    yield 1
g = ret()
print(drive(g.__anext__()), drive(g.__anext__()), drive(g.__anext__()))
