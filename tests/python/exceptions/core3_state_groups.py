# BaseException.__setstate__/__reduce__ with an instance dict, notes
# copied by split only when they are a sequence, ExceptionGroup[...] and
# RecursionError on a too deep split.
import types, pickle, copy

e = Exception(1)
e.__setstate__({'a': 1, 'b': 2})
print(e.a, e.b, sorted(e.__dict__))
for state in [5, None, {1: 2}]:
    try:
        print(e.__setstate__(state))
    except TypeError as x:
        print(type(x).__name__, x)
print(Exception(1).__reduce__())
r = e.__reduce__()
print(r[0].__name__, r[1], sorted(r[2].items()))
e2 = pickle.loads(pickle.dumps(e))
print(e2.args, e2.a, e2.b)
e3 = copy.copy(e)
print(e3.args, e3.a)

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
eg.__notes__ = 123
match, rest = eg.split(TypeError)
print(hasattr(match, '__notes__'), hasattr(rest, '__notes__'))
eg.__notes__ = ("a", "b")
match, rest = eg.split(TypeError)
print(match.__notes__, rest.__notes__, match.__notes__ is rest.__notes__)
eg.__notes__ = "xy"
match, rest = eg.split(TypeError)
print(match.__notes__)

print(isinstance(ExceptionGroup[OSError], types.GenericAlias), BaseExceptionGroup[ValueError])
d = TypeError(1)
for i in range(2000):
    d = ExceptionGroup('eg', [d])
for meth in ('split', 'subgroup'):
    try:
        getattr(d, meth)(TypeError)
    except RecursionError:
        print(meth, "RecursionError")
