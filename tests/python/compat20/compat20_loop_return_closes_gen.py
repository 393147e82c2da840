# A for loop left by return or break closes the generator it was
# iterating at once (CPython pops the iterator and frees it), so the
# generator's finally clause runs before the code after the loop. This
# must hold however often it happens (lib2to3's pattern matcher restores
# sys.stderr this way thousands of times in one run).
import sys

state = {"depth": 0, "closed": 0}


class Matcher:
    def matches(self, n):
        state["depth"] += 1
        try:
            for i in range(n):
                yield i
        finally:
            state["depth"] -= 1
            state["closed"] += 1

    def first_over(self, n, k):
        for i in self.matches(n):
            if i > k:
                return i
        return None

    def brk(self, n):
        for i in self.matches(n):
            if i == 1:
                break
        return state["depth"]


def plain(n):
    try:
        yield from range(n)
    finally:
        state["closed"] += 1


def func_loop():
    for x in plain(5):
        if x == 2:
            return state["closed"]


m = Matcher()
bad = 0
for rep in range(3000):
    r = m.first_over(10, 3)
    if r != 4 or state["depth"] != 0:
        bad += 1
    if m.brk(5) != 0:
        bad += 1
print("bad", bad, "closed", state["closed"])
before = state["closed"]
print(func_loop() - before)

# A generator that something else also holds is not closed by the loop.
g_saved = []


def keep(n):
    g = plain(n)
    g_saved.append(g)
    return g


for x in keep(4):
    break
print(next(g_saved[0]))

# Errors raised by the closing generator are unraisable, as in CPython.
def bad_gen():
    try:
        yield 1
        yield 2
    finally:
        raise ValueError("in finally")


def use_bad():
    for x in bad_gen():
        return x


sys.unraisablehook = lambda u: print("unraisable", type(u.exc_value).__name__, u.exc_value)
print(use_bad())
print("end")
