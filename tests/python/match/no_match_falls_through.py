def m(v):
    match v:
        case 1:
            return 'one'
    return 'fell through'
print(m(1), m(2))
match 3:
    case 1:
        print('no')
print('after match')
match = 'match is a soft keyword'
case = 5
print(match, case)
