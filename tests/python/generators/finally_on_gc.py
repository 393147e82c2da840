def g():
    try:
        yield 1
    finally:
        print('finally on collection')
it = g()
next(it)
del it
print('after del')
def h():
    try:
        for i in range(3):
            yield i
    finally:
        print('h closed')
for x in h():
    if x == 1:
        break
print('after break')
