def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup-specific ' + type(e).__name__
    except LookupError:
        return 'lookup'
    except ArithmeticError:
        return 'arith'
    except Exception as e:
        return 'other ' + type(e).__name__
for exc in [KeyError, IndexError('x'), LookupError(), ZeroDivisionError, OverflowError, TypeError, UnicodeError]:
    print(classify(exc))
try:
    try:
        raise KeyError
    except 'KeyError':
        pass
except TypeError as e:
    print(e)
excs = (ValueError, TypeError)
try:
    raise TypeError('t')
except excs as e:
    print('tuple var', e)
try:
    raise SystemExit(3)
except Exception:
    print('not here')
except BaseException as e:
    print('base', type(e).__name__, e.code)
