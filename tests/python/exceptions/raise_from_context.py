def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('converted') from e
try:
    f()
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        {}['k']
    except KeyError:
        raise TypeError('during handling')
except TypeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('hidden') from None
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    raise IndexError('i') from KeyError('k')
except IndexError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise IndexError from 5
except TypeError as e:
    print(e)
e = ValueError()
e.__cause__ = KeyError()
print(e.__suppress_context__)
