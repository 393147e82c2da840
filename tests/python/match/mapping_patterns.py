def m(v):
    match v:
        case {'type': 'point', 'x': x, 'y': y}:
            return f'point {x},{y}'
        case {'type': 'circle', 'r': r, **rest}:
            return f'circle {r} rest={rest}'
        case {'type': t}:
            return f'unknown type {t}'
        case {}:
            return 'some mapping'
        case _:
            return 'not a mapping'
for v in [{'type': 'point', 'x': 1, 'y': 2}, {'type': 'circle', 'r': 3, 'c': 'red'}, {'type': 'line', 'x': 0}, {'a': 1}, [1]]:
    print(m(v))
import collections
print(m(collections.OrderedDict(type='point', x=5, y=6)))
class D(dict):
    def __missing__(self, k): return 'default'
print(m(D(type='circle', r=1)))
