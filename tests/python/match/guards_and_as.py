def m(v):
    match v:
        case [x, y] as pair if x < y:
            return f'ascending {pair}'
        case [x, y] as pair:
            return f'other pair {pair}'
        case (int() | float()) as num if num < 0:
            return 'negative'
        case int(n) if n % 2 == 0:
            return 'even'
        case _:
            return 'default'
for v in [[1, 2], [2, 1], -3, -1.5, 4, 5]:
    print(m(v))
calls = []
def guard(x):
    calls.append(x)
    return False
match 5:
    case 5 if guard('first'):
        pass
    case int() if guard('second'):
        pass
    case _:
        pass
print(calls)
