import inspect
def g():
    yield 1
it = g()
print(inspect.getgeneratorstate(it))
next(it)
print(inspect.getgeneratorstate(it))
list(it)
print(inspect.getgeneratorstate(it))
def self_ref():
    yield me.gi_running
me = self_ref()
print(next(me))
def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as e:
    print(e)
