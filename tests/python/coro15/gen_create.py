# Generator and coroutine creation: arguments copied into the frame, cells
# for captured arguments, free variables, and the first resumption.


def captured(a, b):
    # a is a cell (captured by the inner function), b a plain local.
    def get():
        return a
    yield get()
    a = a + b
    yield get()


print(list(captured(1, 2)))


def outer(k):
    def gen(n):
        for i in range(n):
            yield i * k
    return gen


print(list(outer(3)(4)))


def many(a, b, c, d, e, f, g):
    yield a + b + c + d + e + f + g


print(next(many(1, 2, 3, 4, 5, 6, 7)))


def kw(a, *, b):
    yield (a, b)


print(list(kw(1, b=2)))
try:
    kw(1)
except TypeError as e:
    print("TypeError", e)
try:
    captured(1)
except TypeError as e:
    print("TypeError", e)


class K:
    def meth(self, x):
        yield self.__class__.__name__, x
        yield __class__.__name__  # the __class__ cell


print(list(K().meth(5)))

# Many generators alive at once, each with its own arguments.
gens = [captured(i, 10) for i in range(5)]
print([next(g) for g in gens], [next(g) for g in gens])

# A generator's locals as seen through gi_frame before it starts.
g = captured(7, 8)
print(sorted(g.gi_frame.f_locals.items(), key=lambda kv: kv[0]))
print(g.gi_running, g.gi_suspended if hasattr(g, "gi_suspended") else None)


async def co(a, b=1):
    def inner():
        return a + b
    return inner()


c = co(5)
try:
    c.send(None)
except StopIteration as e:
    print("co", e.value)
