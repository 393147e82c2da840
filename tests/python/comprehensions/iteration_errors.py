try:
    [x for x in 5]
except TypeError as e:
    print(e)
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print(e)
def gen():
    yield 1
    raise ValueError('from gen')
try:
    [x for x in gen()]
except ValueError as e:
    print(e)
try:
    {x: y for x, y in [(1, 2), (3,)]}
except ValueError as e:
    print(e)
