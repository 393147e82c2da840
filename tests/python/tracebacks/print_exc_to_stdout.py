import traceback, sys
def inner():
    raise ValueError('bad value')
def outer():
    inner()
try:
    outer()
except ValueError:
    traceback.print_exc(file=sys.stdout)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise KeyError('k') from e
except KeyError:
    traceback.print_exc(file=sys.stdout)
print(traceback.format_exception_only(ValueError, ValueError('only')))
