d = {}
for key in [[1], {1: 2}, {1}, bytearray(b'x')]:
    try:
        d[key] = 1
    except TypeError as e:
        print(e)
try:
    {}[(1, [2])]
except TypeError as e:
    print(e)
try:
    {}['missing']
except KeyError as e:
    print(repr(e), e.args)
try:
    {}[('t', 1)]
except KeyError as e:
    print(repr(e), str(e))
try:
    del {}['x']
except KeyError as e:
    print('del', e)
print({(1, 2): 'tuple', frozenset([1]): 'fs', None: 'none', 1.5: 'f', 'ß': 'u'})
