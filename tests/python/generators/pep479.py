def g():
    yield 1
    next(iter([]))
    yield 2
try:
    print(list(g()))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def explicit():
    yield 1
    raise StopIteration
it = explicit()
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print(e)
def fine():
    try:
        next(iter([]))
    except StopIteration:
        yield 'caught inside'
print(list(fine()))
