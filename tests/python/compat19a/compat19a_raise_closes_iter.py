# An exception leaving a for loop drops the loop's iterator: a generator
# suspended in a try block is closed as the exception passes, before the
# handler runs or the caller sees the exception; closing a generator
# suspended in a for loop closes the loop's generator first.
log = []


def inner(t):
    try:
        yield 1
        yield 2
    finally:
        log.append("inner " + t)


def outer(t):
    try:
        for x in inner(t):
            yield x
    finally:
        log.append("outer " + t)


def leave_by_raise():
    for x in outer("raise"):
        raise KeyError(x)


try:
    leave_by_raise()
except KeyError:
    print("caught", log)

log.clear()


def handled_here():
    try:
        for x in outer("handled"):
            1 / 0
    except ZeroDivisionError:
        print("handler", log)


handled_here()

log.clear()
o = outer("close")
next(o)
o.close()
print("close", log)

log.clear()
o = outer("throw")
next(o)
try:
    o.throw(ValueError("v"))
except ValueError as e:
    print("throw", e, log)
