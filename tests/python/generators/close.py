def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
    finally:
        print('cleanup')
it = g()
next(it)
it.close()
print(it.close(), list(it))
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 'no'
b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(e)
def ret():
    try:
        yield
    finally:
        return 'ignored'
r = ret()
next(r)
print(r.close())
unstarted = g()
unstarted.close()
print('unstarted closed without cleanup')
