# Cancellation (with messages, cancelling/uncancel counters, shielding,
# catching and continuing), timeouts and TaskGroup.
import asyncio


async def sleeper(log, name, delay=3600):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError as e:
        log.append((name, "cancelled", e.args))
        raise
    return name


async def stubborn(log):
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        log.append("caught once")
        asyncio.current_task().uncancel()
    await asyncio.sleep(0)
    return "survived"


async def main():
    log = []
    t = asyncio.create_task(sleeper(log, "a"))
    await asyncio.sleep(0)
    print(t.cancel("first"), t.cancelling(), t.cancel("second"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaited", e.args, t.cancelled())
    print(log)

    s = asyncio.create_task(stubborn(log))
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelling(), log[-1])

    inner = asyncio.create_task(sleeper(log, "shielded", 0.01))
    outer = asyncio.ensure_future(asyncio.shield(inner))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", inner.cancelled())
    print(await inner)

    try:
        await asyncio.wait_for(sleeper(log, "slow"), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out", log[-1])
    print(await asyncio.wait_for(asyncio.sleep(0, result="fast"), timeout=5))

    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(3600)
    except TimeoutError:
        print("timeout cm")

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(log, "tg1"))
            tg.create_task(sleeper(log, "tg2"))

            async def boom():
                await asyncio.sleep(0)
                raise ValueError("boom")
            tg.create_task(boom())
    except* ValueError as eg:
        print("group", [str(e) for e in eg.exceptions])
    print(sorted(x for x in log if isinstance(x, tuple) and x[0].startswith("tg")))

    results = await asyncio.gather(sleeper(log, "g", 0), asyncio.sleep(0, "x"),
                                   return_exceptions=True)
    print(results)
    done, pending = await asyncio.wait([asyncio.create_task(sleeper(log, "w", 0))])
    print(len(done), len(pending), [d.result() for d in done])
    pre = asyncio.create_task(sleeper(log, "pre"))
    pre.cancel()
    try:
        await pre
    except asyncio.CancelledError:
        print("cancelled before start", pre.cancelled(), ("pre", "cancelled", ()) in log)


asyncio.run(main())
