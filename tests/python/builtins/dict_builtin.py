print(dict(), dict(a=1), dict([('a', 1), ('b', 2)]), dict({'x': 1}, y=2), dict(zip('ab', [1, 2])))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
try:
    dict(1)
except TypeError as e:
    print(e)
try:
    dict({}, {})
except TypeError as e:
    print(e)
