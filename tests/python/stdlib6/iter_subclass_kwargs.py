# builtin and itertools iterators: keywords go to a subclass's __init__, and
# a subclass's __new__ may set attributes (instances have a __dict__)
import operator
from itertools import (repeat, filterfalse, chain, starmap, islice, takewhile,
                       dropwhile, cycle, compress, pairwise)


def isEven(x):
    return x % 2 == 0


testcases = [
    (repeat, (1, 2), [1, 1]),
    (zip, ([1, 2], 'ab'), [(1, 'a'), (2, 'b')]),
    (filter, (None, [0, 1]), [1]),
    (filterfalse, (None, [0, 1]), [0]),
    (chain, ([1, 2], [3, 4]), [1, 2, 3]),
    (map, (str, [1, 2]), ['1', '2']),
    (starmap, (operator.pow, ((2, 3), (3, 2))), [8, 9]),
    (islice, ([1, 2, 3, 4], 1, 3), [2, 3]),
    (takewhile, (isEven, [2, 3, 4]), [2]),
    (dropwhile, (isEven, [2, 3, 4]), [3, 4]),
    (cycle, ([1, 2],), [1, 2, 1]),
    (compress, ('ABC', [1, 0, 1]), ['A', 'C']),
    (pairwise, ([1, 2, 3],), [(1, 2), (2, 3)]),
    (enumerate, ('ab',), [(0, 'a'), (1, 'b')]),
    (reversed, ((1, 2),), [2, 1]),
]
for cls, args, result in testcases:
    name = cls.__name__

    class plain(cls):
        pass

    u = plain(*args)
    u.attr = 5
    print(name, list(islice(u, 0, 3)) == result, u.attr, u.__dict__)
    try:
        plain(*args, newarg=3)
    except TypeError as e:
        print(" ", e)
    try:
        cls(*args, newarg=3)
    except TypeError as e:
        print(" ", e)

    class with_init(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg

    try:
        u = with_init(*args, newarg=3)
        print("  init", list(islice(u, 0, 3)) == result, u.newarg)
    except TypeError as e:
        print("  init", e)

    class with_new(cls):
        def __new__(cls, *args, newarg=None):
            self = super().__new__(cls, *args)
            self.newarg = newarg
            return self

    u = with_new(*args, newarg=3)
    print("  new", type(u) is with_new, list(islice(u, 0, 3)) == result, u.newarg)
    try:
        cls(*args).attr = 1
    except AttributeError as e:
        print(" ", e)
