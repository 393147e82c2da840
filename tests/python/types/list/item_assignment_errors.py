l = [1, 2, 3]
l[-1] = 'last'
print(l)
for idx in [3, -4, 'x', 1.0, None]:
    try:
        l[idx] = 0
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
for idx in [3, -4]:
    try:
        del l[idx]
    except IndexError as e:
        print(e)
    try:
        l[idx]
    except IndexError as e:
        print(e)
