import warnings; warnings.simplefilter("ignore", RuntimeWarning)
import types, inspect, sys
def tr(fn):
    try: print("ok", fn())
    except BaseException as e: print(type(e).__name__, e)
def run(co):
    try:
        while True:
            co.send(None)
    except StopIteration as e:
        return e.value
class Aw:
    def __await__(self):
        x = yield "y1"
        return "awres"
async def c1():
    r = await Aw()
    return r + "!"
print(run(c1()))
co = c1()
print(type(co).__name__, co.__name__, co.__qualname__, co.cr_running, co.cr_await, inspect.getcoroutinestate(co))
print(co.send(None), inspect.getcoroutinestate(co), type(co.cr_await).__name__)
tr(lambda: co.send(None))
tr(lambda: co.send(None))
co.close()
async def c2(): return 1
co = c2(); run(co)
tr(lambda: run(co))
tr(lambda: next(c2()))
tr(lambda: iter(c2()))
tr(lambda: list(c2()))
class BadAw:
    def __await__(self): return 1
class BadAw2:
    def __await__(self): return (yield)
class NoAw: pass
async def w(x): return await x
tr(lambda: run(w(BadAw())))
tr(lambda: run(w(NoAw())))
tr(lambda: run(w(1)))
tr(lambda: run(w(c2())))
cc = c2()
async def twice():
    await cc
    await cc
tr(lambda: run(twice()))
def gen(): yield 1
tr(lambda: run(w(gen())))
@types.coroutine
def gcor():
    yield "from gcor"
    return "gret"
tr(lambda: run(w(gcor())))
co = w(Aw()); print(co.send(None)); tr(lambda: co.throw(ValueError("t")))
co = w(Aw()); print(co.send(None)); tr(lambda: co.close()); tr(lambda: co.send(None))
async def ag():
    try:
        x = yield 1
        print("ag got", x)
        yield 2
    finally:
        print("ag finally")
a = ag()
print(type(a).__name__, a.__name__, a.__qualname__, a.ag_running, type(a.ag_code).__name__)
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("SI", e.value)
    except StopAsyncIteration as e:
        return ("SAI",)
print(step(a.__anext__()))
print(step(a.asend("val")))
print(step(a.athrow(ValueError("x"))) if False else "skip")
print(step(a.__anext__()))
print(step(a.__anext__()))
a2 = ag(); print(step(a2.__anext__())); print(step(a2.aclose())); print(step(a2.__anext__()))
a3 = ag(); print(step(a3.__anext__()))
tr(lambda: step(a3.athrow(KeyError("k"))))
a4 = ag()
tr(lambda: step(a4.asend(1)))
async def ag_bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
a5 = ag_bad(); step(a5.__anext__()); tr(lambda: step(a5.aclose()))
async def ag_si():
    yield 1
    raise StopAsyncIteration
a6 = ag_si(); step(a6.__anext__()); tr(lambda: step(a6.__anext__()))
async def ag_si2():
    raise StopIteration
    yield
tr(lambda: step(ag_si2().__anext__()))
print(aiter(ag()) is not None)
class AIt:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
async def use():
    r = []
    async for x in AIt(): r.append(x)
    r2 = [x async for x in AIt()]
    r3 = await anext(AIt())
    it = AIt(); it.i = 5
    r4 = await anext(it, "dflt")
    try: await anext(it)
    except StopAsyncIteration: r4 = (r4, "SAI")
    async for y in ag(): r.append(y)
    return r, r2, r3, r4
print(run(use()))
tr(lambda: aiter(1))
tr(lambda: anext(1))
class BadAiter:
    def __aiter__(self): return 1
tr(lambda: aiter(BadAiter()))
async def bad_for():
    async for x in [1]: pass
tr(lambda: run(bad_for()))
async def bad_for2():
    async for x in BadAiter(): pass
tr(lambda: run(bad_for2()))
class BadAnext:
    def __aiter__(self): return self
    def __anext__(self): return 1
async def bad_for3():
    async for x in BadAnext(): pass
tr(lambda: run(bad_for3()))
class ACM:
    async def __aenter__(self): print("aenter"); return "v"
    async def __aexit__(self, *a): print("aexit", a[0]); return True
async def usecm():
    async with ACM() as v:
        print("in", v)
        raise ValueError
    return "after"
print(run(usecm()))
async def badcm():
    async with object(): pass
tr(lambda: run(badcm()))
def badcm2():
    with object(): pass
tr(badcm2)
class OnlyEnter:
    def __enter__(self): pass
def badcm3():
    with OnlyEnter(): pass
tr(badcm3)
class ACMnoexit:
    async def __aenter__(self): pass
async def badcm4():
    async with ACMnoexit(): pass
tr(lambda: run(badcm4()))
class BadAenter:
    def __aenter__(self): return 1
    def __aexit__(self, *a): return 1
async def badcm5():
    async with BadAenter(): pass
tr(lambda: run(badcm5()))
print(inspect.iscoroutinefunction(c1), inspect.isasyncgenfunction(ag), inspect.isawaitable(Aw()))
async def gen_in_async():
    return [x async for x in ag()]
print(run(gen_in_async()))
