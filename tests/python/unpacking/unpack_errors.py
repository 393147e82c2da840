for src in [[1], [1, 2, 3], 5, 'abcd']:
    try:
        a, b = src
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
def gen():
    yield 1
    yield 2
    yield 3
try:
    x, y = gen()
except ValueError as e:
    print(e)
try:
    a, b = {1: 2}
except ValueError as e:
    print(e)
