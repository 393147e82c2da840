e = 'before'
try:
    1 / 0
except ZeroDivisionError as e:
    print('caught', type(e).__name__)
try:
    e
except NameError as err:
    print(err)
def f():
    try:
        raise ValueError
    except ValueError as x:
        pass
    return 'x' in locals()
print(f())
