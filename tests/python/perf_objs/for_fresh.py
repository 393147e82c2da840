# Generators consumed by a for loop straight from their call: exhausted,
# broken out of, raising, introspected, kept elsewhere; and coroutines kept
# in variables while awaited.
import sys


def gen(n):
    for i in range(n):
        yield i * 2


def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            yield [items[i]] + p


frames = []


def framed(n):
    frames.append(sys._getframe())
    yield from range(n)


def raiser(n):
    yield 1
    if n:
        raise KeyError(n)
    yield 2


def gen_with_finally(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")


total = 0
for _ in range(50):
    for x in gen(10):
        total += x
print("total", total)
print("perms", len(list(perms([1, 2, 3, 4, 5]))), [p for p in perms("abc")])
for k in range(3):
    for x in framed(2):
        pass
print("frames", [(f.f_code.co_name, f.f_locals["n"]) for f in frames], len(set(map(id, frames))))
for n in range(3):
    try:
        for x in raiser(n):
            print("raiser", n, x)
    except KeyError as e:
        print("KeyError", e)
log = []
for x in gen_with_finally(log):
    pass
print("log", log)
it = gen(3)
kept = []
for x in it:
    kept.append(x)
print("kept", kept, it.gi_frame, it.gi_running, list(it))
g2 = [gen(2) for _ in range(3)]
print([list(g) for g in g2], len({id(g) for g in g2}))
outer = gen(4)
for x in outer:
    for y in gen(x):
        pass
print("nested", outer.gi_frame, next(gen(5)))
print([x for x in gen(4)], sum(x for x in gen(4)), list(gen(0)))


async def square(x):
    return x * x


async def main():
    c = square(7)
    v = await c
    others = [square(i) for i in range(3)]
    r = [await o for o in others]
    print("kept coroutine", v, c.cr_frame, c is not others[0], r, c.cr_code.co_name)
    try:
        await c
    except RuntimeError as e:
        print(e)
    d = {}
    d["x"] = square(3)
    print(await d["x"], d["x"].cr_running)


try:
    main().send(None)
except StopIteration:
    pass
