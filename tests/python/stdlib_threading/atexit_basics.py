# atexit: register (a decorator too), unregister, _run_exitfuncs order.
import atexit

log = []


def f(*a, **k):
    log.append(("f", a, sorted(k.items())))


@atexit.register
def g():
    log.append("g")


base = atexit._ncallbacks() - 1
print(g.__name__, atexit._ncallbacks() - base)
atexit.register(f, 1, x=2)
atexit.register(f, 2)
atexit.register(log.append, "bound")
atexit.register(g)
print(atexit._ncallbacks() - base)
atexit.unregister(g)
print(atexit._ncallbacks() - base)
atexit.unregister(print)
try:
    atexit.register(1)
except TypeError as e:
    print("TypeError", e)
atexit._run_exitfuncs()
print(log, atexit._ncallbacks())
atexit.register(f, 3)
atexit._clear()
print(atexit._ncallbacks())
