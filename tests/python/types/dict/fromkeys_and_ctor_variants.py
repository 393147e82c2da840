print(dict.fromkeys([]), dict.fromkeys('ab', []), dict.fromkeys(range(3), 'v'))
shared = dict.fromkeys('xy', [])
shared['x'].append(1)
print(shared)
class MyD(dict):
    pass
print(type(MyD.fromkeys('a')).__name__)
print(dict(a=1, **{'b': 2}), dict([('a', 1)], a=2), dict(zip(range(3), 'abc')), dict({1: 2}.items()))
try:
    dict(a=1, **{'a': 2})
except TypeError as e:
    print(e)
