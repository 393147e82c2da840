import sys
def tr(fn):
    try: print("ok", repr(fn()))
    except BaseException as e: print(type(e).__name__, e)
# yield from delegating throw/close to generator
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
    finally:
        print("inner finally")
    return "inner-ret"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer-next"
g = outer(); print(next(g)); print(g.throw(ValueError("v"))); print(next(g)); print(next(g, "end"))
g = outer(); next(g); g.close(); print("closed", g.gi_frame)
g = outer(); next(g); tr(lambda: g.throw(KeyError("k")))
# close propagates GeneratorExit into inner; inner returning value
def inner2():
    try: yield 1
    except GeneratorExit:
        print("inner2 GE"); raise
def outer2():
    try: yield from inner2()
    except GeneratorExit:
        print("outer2 GE"); raise
g = outer2(); next(g); g.close()
# yield from iterator without throw: throw raises at outer
def outer3():
    try:
        yield from iter([1, 2])
    except ValueError as e:
        yield "caught in outer3 " + str(e)
g = outer3(); next(g); print(g.throw(ValueError("x")))
# send to delegated iterator without send
g = outer3(); next(g); tr(lambda: g.send(5))
# StopIteration value passthrough
def sub():
    yield 1
    return [1, 2]
def top():
    v = yield from sub()
    yield v
print(list(top()))
# PEP 479 in generator with yield from
def raiser():
    raise StopIteration("bad")
    yield
def del_raiser():
    yield from raiser()
tr(lambda: list(del_raiser()))
# generator re-entrancy: ValueError: generator already executing
def reent():
    yield next(gg)
gg = reent(); tr(lambda: next(gg))
# gi_frame after completion, gi_suspended
def simple():
    yield 1
s = simple(); print(s.gi_suspended, s.gi_frame.f_lineno); next(s); print(s.gi_suspended, s.gi_frame.f_lineno); list(s); print(s.gi_frame, s.gi_suspended)
# throw with traceback
def tb_gen():
    try: yield
    except Exception as e: yield type(e).__name__
t = tb_gen(); next(t)
try: raise KeyError("x")
except KeyError as e: print(t.throw(e))
# generator close returns value in 3.13 only: check None
def cl():
    try: yield
    except GeneratorExit: return 5
c = cl(); next(c); print(c.close())
# generator expression scoping: first iterable evaluated eagerly
tr(lambda: (x for x in 1))
ge = (y for x in [1] for y in x); tr(lambda: next(ge))
# generator with return in finally overriding exception
def gf():
    try:
        yield 1
        raise ValueError
    finally:
        return "swallow"
print(list(gf()))
# yield inside try/finally + close raising in finally
def gcl():
    try: yield
    finally: raise KeyError("from finally")
g = gcl(); next(g); tr(g.close)
# throw after exhausted
g = simple(); list(g); tr(lambda: g.throw(ValueError("late")))
g = simple(); tr(lambda: g.throw(ValueError("early")))
tr(lambda: next(g))
# yield as expression in various places
def ye():
    x = [(yield 1), (yield 2)]
    y = {(yield 3): (yield 4)}
    return x, y
g = ye(); v = next(g); out = []
try:
    while True: v = g.send(v * 10)
except StopIteration as e: print(e.value)
# async generator finalization with aclose
import asyncio
async def ag():
    try:
        yield 1
        yield 2
    finally:
        print("ag final")
async def main():
    async for x in ag():
        print(x); break
    a = ag(); print(await a.__anext__()); await a.aclose(); print("after aclose")
    tr(lambda: a.__anext__().send(None))
    async def ag2():
        yield 1
    b = ag2()
    print([x async for x in b])
    try: await b.__anext__()
    except StopAsyncIteration: print("SAI")
    async def ag3():
        await asyncio.sleep(0)
        yield "slept"
    print([x async for x in ag3()])
    async def ag_ret():
        yield 1
    try:
        exec("async def bad():\n    yield 1\n    return 2")
    except SyntaxError as e: print(e)
asyncio.run(main())
