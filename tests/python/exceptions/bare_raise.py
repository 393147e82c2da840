def reraise():
    try:
        raise ValueError('orig')
    except ValueError:
        raise
try:
    reraise()
except ValueError as e:
    print('reraised', e)
try:
    raise
except RuntimeError as e:
    print(e)
def f():
    try:
        raise KeyError('k')
    except KeyError:
        try:
            raise IndexError('i')
        except IndexError:
            pass
        raise
try:
    f()
except KeyError as e:
    print('outer restored', e)
