try:
    1 / 0
except ZeroDivisionError as e:
    raise KeyError('while handling') from e
