# classmethod_descriptor objects (the class methods in a builtin type's
# __dict__) have __name__, __qualname__ and __objclass__, bind to the class
# they are read through, and refuse what CPython refuses.
import builtins

for n in sorted(dir(builtins)):
    t = getattr(builtins, n)
    if not isinstance(t, type):
        continue
    for k, v in sorted(vars(t).items()):
        if type(v).__name__ == 'classmethod_descriptor':
            print(n, k, v.__name__, v.__qualname__, v.__objclass__.__name__, repr(v))

d = dict.__dict__['fromkeys']
print(d.__get__(None, dict)('ab'), d.__get__({}, dict)([1]), d(dict, 'xy', 0))


class D(dict):
    pass


print(type(d.__get__(None, D)('q')).__name__, D.fromkeys('z'), type(D.fromkeys('z')).__name__)
print(dict.fromkeys.__self__ is dict, dict.fromkeys.__name__, dict.fromkeys.__qualname__)
print(dict.__dict__['fromkeys'].__doc__)
for bad in [lambda: d(), lambda: d(1, "x"), lambda: d(int, "x")]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    d.__name__ = 'x'
except AttributeError as e:
    print(type(e).__name__)
