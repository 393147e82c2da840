a = [1, 2]
b = (3,)
print([*a, *b, 4], (*a,), {*a, *b}, {**{'x': 1}, 'y': 2, **{'x': 3}})
print(*'abc', sep='|')
print([*range(3), *{}], {*()} == set())
d1, d2 = {'a': 1}, {'a': 2, 'b': 3}
print({**d1, **d2}, {**d2, **d1})
try:
    [*5]
except TypeError as e:
    print(e)
try:
    {**[]}
except TypeError as e:
    print(e)
