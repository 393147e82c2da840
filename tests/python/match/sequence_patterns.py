def m(v):
    match v:
        case []:
            return 'empty'
        case [x]:
            return f'one {x}'
        case [x, y]:
            return f'two {x} {y}'
        case [first, *middle, last]:
            return f'first {first} middle {middle} last {last}'
for v in [[], [1], (1, 2), [1, 2, 3, 4], 'ab', range(3), iter([1])]:
    print(repr(v) if not hasattr(v, '__next__') else 'iterator', '->', m(v))
match (1, [2, 3]):
    case (a, [b, c]):
        print(a, b, c)
match [1, 2, 3]:
    case [*_, 3]:
        print('ends with 3')
