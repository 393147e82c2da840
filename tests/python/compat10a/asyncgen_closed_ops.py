# What asend/athrow/aclose/__anext__ do on an async generator that is closed
# (by aclose, by running to its end, or by an exception passing out): in 3.11
# athrow() of a closed one is a no-op whose await gives None.
import asyncio
async def agen():
    yield 1
async def main():
    for how in ("aclose", "exhaust", "fresh-aclose", "throwthrough"):
        a = agen()
        if how == "aclose":
            await a.__anext__(); await a.aclose()
        elif how == "exhaust":
            async for _ in a: pass
        elif how == "fresh-aclose":
            await a.aclose()
        else:
            await a.__anext__()
            try:
                await a.athrow(KeyError)
            except KeyError:
                pass
        for op in ("athrow", "athrow3", "asend", "anext", "aclose"):
            try:
                if op == "athrow":
                    r = await a.athrow(ValueError)
                elif op == "athrow3":
                    r = await a.athrow(ValueError, ValueError("x"), None)
                elif op == "asend":
                    r = await a.asend(None)
                elif op == "anext":
                    r = await a.__anext__()
                else:
                    r = await a.aclose()
                print(how, op, "->", r)
            except BaseException as e:
                print(how, op, "raises", type(e).__name__, e)
asyncio.run(main())
