def f():
    e = 'outer'
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return str(err)
print(f())
try:
    raise ValueError('x')
except ValueError as exc:
    saved = exc
print(repr(saved))
