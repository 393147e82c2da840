# A hand-written event loop drives coroutines with send(): awaits of fresh
# coroutines that return at once or suspend on a future, values and
# exceptions through the chain, cr_await while suspended, close().


class Future:
    def __init__(self):
        self.done = False
        self.value = None

    def __await__(self):
        while not self.done:
            yield self
        if isinstance(self.value, BaseException):
            raise self.value
        return self.value


async def leaf(f, tag):
    v = await f
    return (tag, v)


async def middle(f, tag):
    r = await leaf(f, tag)
    return r + ("mid",)


async def top(futs):
    out = []
    for i, f in enumerate(futs):
        try:
            out.append(await middle(f, i))
        except KeyError as e:
            out.append(("err", i, e.args))
    return out


futs = [Future() for _ in range(4)]
futs[1].done, futs[1].value = True, "ready"
c = top(futs)
w = c.send(None)
print("first wait is futs[0]", w is futs[0])
aw = c.cr_await
print("cr_await chain", type(aw).__name__, aw.cr_code.co_name, aw.cr_await.cr_code.co_name)
futs[0].done, futs[0].value = True, 10
w = c.send(None)
print("then futs[2]", w is futs[2])
w = c.send(None)  # a yield re-sent: the same future again
print("again futs[2]", w is futs[2])
futs[2].done, futs[2].value = True, KeyError("k")
w = c.send(None)
print("then futs[3]", w is futs[3])
futs[3].done, futs[3].value = True, 3
try:
    c.send(None)
except StopIteration as e:
    for row in e.value:
        print("result", row)
print("closed state", c.cr_frame, c.cr_running)


# close() while suspended deep in the chain runs the finally clauses.
log = []


async def fin_leaf(f):
    try:
        await f
    finally:
        log.append("leaf finally")


async def fin_top(f):
    try:
        await fin_leaf(f)
    finally:
        log.append("top finally")

c = fin_top(Future())
c.send(None)
c.close()
print("close", log, c.cr_frame)


# throw() into the chain is seen by the innermost handler.
async def catch_leaf(f):
    try:
        await f
    except ValueError as e:
        return "leaf caught %s" % e


async def catch_top(f):
    return await catch_leaf(f)

c = catch_top(Future())
c.send(None)
try:
    c.throw(ValueError("x"))
except StopIteration as e:
    print("throw", e.value)


# Many short-lived coroutines reused one after another keep their results.
async def ident(x):
    return x


async def many():
    return [await ident(i) for i in range(20)] + [await ident(str(i)) for i in range(3)]

try:
    many().send(None)
except StopIteration as e:
    print("many", e.value)


# A coroutine object kept by the callee itself is not lost when it returns.
kept = []


async def keeper():
    import sys
    kept.append(sys._getframe())
    return 1


async def use_keeper():
    a = await keeper()
    b = await ident(2)
    return a + b, kept[0].f_code.co_name

try:
    use_keeper().send(None)
except StopIteration as e:
    print("keeper", e.value)
