match 5:
    case x:
        pass
print(x)
match [1, 2]:
    case [a, b] if a > 10:
        pass
    case _:
        pass
print(a, b)
match {'k': 'v'}:
    case {'k': captured}:
        print(captured)
match 'str':
    case [*chars]:
        print('matched seq')
    case _:
        print('str is not a sequence pattern')
match b'ab':
    case [*_]:
        print('bytes matched')
    case _:
        print('bytes not a sequence pattern')
match bytearray(b'x'):
    case [*_]:
        print('bytearray matched')
    case _:
        print('bytearray not a sequence pattern')
