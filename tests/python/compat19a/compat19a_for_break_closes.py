# A for loop left by break or return drops its iterator: a generator
# suspended in a try block is closed at once, its finally clause running
# before the code after the loop (CPython pops the iterator).
import sys
import io

log = []


def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        log.append("close " + tag)


def by_break():
    for x in gen("break"):
        break
    log.append("after break")


def by_return():
    for x in gen("return"):
        return x


def nested_return():
    for a in gen("outer"):
        for b in gen("inner"):
            return a + b


def swap_stderr():
    # lib2to3's pattern matcher restores sys.stderr in a finally clause.
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        yield 1
        yield 2
    finally:
        sys.stderr = saved


def first_match():
    for x in swap_stderr():
        return x


by_break()
log.append("returned %d" % by_return())
log.append("nested %d" % nested_return())
print(log)
before = sys.stderr
first_match()
print("stderr restored:", sys.stderr is before)

# An exhausted loop, or a generator that something else holds, is not closed.
log.clear()
g = gen("held")
for x in g:
    break
log.append("g running: %s" % (g.gi_frame is not None))
print(log)
print(next(g))
g.close()
print(log)

# Breaking out of a loop inside a with block runs __exit__ first, then drops
# the iterator, as CPython does.


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        log.append("exit")


def with_in_loop():
    for x in gen("with"):
        with CM():
            return x


log.clear()
with_in_loop()
print(log)
