# Generators consumed by for loops and comprehensions (resumed inside the
# interpreter loop): values, exhaustion, exceptions thrown inside nested
# generators, PEP 479, close during iteration, re-entrancy, gi_running,
# gi_frame, sys.exc_info and tracebacks through generator frames.
import sys
import traceback


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


def odd(it):
    for x in it:
        if x & 1:
            yield x


print(list(odd(squares(numbers(20)))))
print(sum(x for x in squares(numbers(10))))
print([x + y for x in numbers(3) for y in squares(numbers(3))])
print({x: y for x, y in zip(numbers(4), squares(numbers(4)))})

# a while loop (FOR_LOOP form) and a return value that the loop ignores
def ret():
    yield 1
    return 99


total = 0
for x in ret():
    total += x
print("total", total)

# break out of the loop, then resume the generator by hand
g = numbers(5)
for x in g:
    if x == 2:
        break
print(next(g), list(g), list(g))


# an exception raised two generators deep, with a traceback through both
def bad(n):
    yield n
    return 1 // (n - n)


def relay(it):
    for x in it:
        yield x


try:
    for x in relay(relay(bad(3))):
        print("item", x)
except ZeroDivisionError:
    tb = traceback.format_exc().splitlines()
    print([l.strip() for l in tb if l.strip().startswith("File")].__len__())
    print([l.split(",")[-1].strip() for l in tb if l.strip().startswith("File")])


# handled inside the middle generator
def guarded(it):
    try:
        for x in it:
            yield x
    except ZeroDivisionError as e:
        yield "caught " + type(e).__name__
    yield "after"


print(list(guarded(bad(2))))


# PEP 479: a StopIteration inside becomes RuntimeError at the consumer
def leaks():
    yield 1
    next(iter(()))


try:
    for x in relay(leaks()):
        print("leak item", x)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__suppress_context__)


def leaks_direct():
    yield 1
    raise StopIteration("v")


try:
    print(list(leaks_direct()))
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))


# re-entrancy: a generator that advances itself
def selfish():
    yield next(me)


me = selfish()
try:
    for x in me:
        pass
except ValueError as e:
    print("ValueError", e)
print(list(me))


# gi_running, gi_frame and f_back while running in a for loop
def introspect():
    f = sys._getframe()
    yield gen.gi_running, f is gen.gi_frame, f.f_back.f_code.co_name
    yield sys._getframe(1).f_code.co_name


def consumer():
    return [x for x in gen]


gen = introspect()
print(consumer())
print(gen.gi_running, gen.gi_frame)
gen = introspect()
for v in gen:
    print("loop", v, gen.gi_running)
    print("suspended frame back", gen.gi_frame.f_back if gen.gi_frame else None)


# close during iteration: the generator closes itself's consumer's source
def closing_src():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("src finally")


src = closing_src()
for x in src:
    print("got", x)
    if x == 2:
        src.close()
print("closed", src.gi_frame)


def closer(it):
    for x in it:
        yield x
        it.close()


print(list(closer(closing_src())))


# sys.exc_info inside and across generators
def exc_gen():
    print("in gen", sys.exc_info()[0])
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        print("after yield", sys.exc_info()[0].__name__)
    yield sys.exc_info()[0]


try:
    raise ValueError("outer")
except ValueError:
    for v in exc_gen():
        print("consumer sees", v, sys.exc_info()[0].__name__)


# context chaining of an exception raised by a generator inside an except
def raiser():
    yield 1
    raise TypeError("inner")


try:
    try:
        raise IndexError("first")
    except IndexError:
        for x in raiser():
            pass
except TypeError as e:
    print("context", repr(e.__context__))


# throw into a generator suspended in a for loop of another generator
def inner():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "inner caught"


def outer():
    for x in inner():
        yield x


o = outer()
print(next(o))
try:
    print(o.throw(KeyError))
except KeyError as e:
    print("outer got KeyError", repr(e))


# a generator finishing while its consumer is itself a generator
def pairs(it):
    it = iter(it)
    for a in it:
        for b in it:
            yield a, b
            break


print(list(pairs(numbers(7))))


# deep chains of generators consumed by for loops
def chain(n):
    if n == 0:
        yield from numbers(3)
        return
    for x in chain(n - 1):
        yield x + 1


print(list(chain(50)))


# recursion limit with in-loop generators
def deep(n):
    for x in deep(n + 1):
        yield x
    yield n


try:
    for x in deep(0):
        pass
except RecursionError as e:
    print("RecursionError", str(e)[:30])
print(list(numbers(3)))
