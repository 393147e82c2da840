def inner():
    try:
        raise KeyError('first')
    finally:
        pass
try:
    try:
        inner()
    except KeyError:
        try:
            raise ValueError('second')
        except ValueError:
            raise TypeError('third')
except TypeError as e:
    chain = []
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print(chain)
try:
    try:
        raise ValueError('a')
    except ValueError as a:
        raise a
except ValueError as e:
    print(e.__context__)
err = KeyError('reused')
try:
    try:
        raise err
    except KeyError:
        raise err
except KeyError as e:
    print(e.__context__)
