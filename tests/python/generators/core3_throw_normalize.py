def g():
    try:
        yield 1
    except Exception as e:
        print("caught", type(e).__name__, e.args)
        yield 2
for args in [(ValueError,), (ValueError, 5), (ValueError, (1,2)), (ValueError, None), (ValueError, ValueError(3)), (ValueError, KeyError(4)),
             (KeyError, LookupError(1)), (LookupError, KeyError(1)), (ValueError(7),), (ValueError(7), None), (ValueError(7), 3), (1,), (ValueError, 1, 3), (ValueError, 1, None)]:
    it = g(); next(it)
    try:
        print(args[0] if isinstance(args[0], type) else repr(args[0]), it.throw(*args))
    except Exception as e:
        print("err", type(e).__name__, e)
class Odd(Exception):
    def __new__(cls, *a):
        return 5
it = g(); next(it)
try:
    it.throw(Odd)
except Exception as e:
    print("err", type(e).__name__, e)
class Odd(Exception):
    def __new__(cls, *a):
        return 5
try:
    raise Odd
except Exception as e:
    print("err", type(e).__name__, e)
