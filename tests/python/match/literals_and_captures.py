def m(v):
    match v:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case 'hello':
            return 'greeting'
        case True:
            return 'True literal'
        case None:
            return 'none'
        case -1:
            return 'minus one'
        case 1.5:
            return 'one and a half'
        case 2j:
            return 'imag'
        case b'x':
            return 'bytes'
        case other:
            return f'other {other!r}'
for v in [0, 2, 'hello', True, None, -1, 1.5, 2j, b'x', 'nope', 1.0, False]:
    print(repr(v), '->', m(v))
