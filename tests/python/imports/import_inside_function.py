def f():
    import json
    return json.dumps({'a': [1, 2]})
print(f())
def g():
    from collections import OrderedDict as OD
    return OD(a=1)
print(g())
print('json' in dir())
