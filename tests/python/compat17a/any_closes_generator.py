# any() and all() stopping early on a generator that was their argument's
# only reference: CPython releases the argument as the call returns, so
# the generator is closed (its finally clause runs) before the next line.
import sys

log = []


def gen(name, items):
    try:
        for x in items:
            yield x
    finally:
        log.append("finally " + name)


def plain():
    x = any(gen("any", [0, 1, 2]))
    log.append("after any %s" % x)
    y = all(gen("all", [1, 0, 1]))
    log.append("after all %s" % y)
    # Exhausted: closed by the loop itself, nothing changes.
    z = any(gen("exhausted", [0, 0]))
    log.append("after exhausted %s" % z)


plain()
print(log)
log.clear()


def kept():
    # Still referenced by a local: not closed until the name goes.
    g = gen("kept", [1, 2])
    x = any(g)
    log.append("after any %s" % x)
    log.append(next(g))
    del g
    log.append("after del")


kept()
print(log)
log.clear()


# Inside an expression, and twice on one line.
def nested():
    r = [any(gen("n1", [1])), all(gen("n2", [0]))]
    log.append("after %r" % r)


nested()
print(log)
log.clear()


# Under a trace function the close is traced where it happens.
def generator_function():
    try:
        yield True
        "continued"
    finally:
        "finally"


def traced():
    x = any(generator_function())
    for i in range(2):
        y = i


events = []


def tracer(frame, event, arg):
    if frame.f_code in (traced.__code__, generator_function.__code__):
        events.append((frame.f_code.co_name, frame.f_lineno - traced.__code__.co_firstlineno, event))
    return tracer


sys.settrace(tracer)
traced()
sys.settrace(None)
for e in events:
    print(e)
