def make(name):
    return type(name, (object,), {'__slots__': (), '__doc__': 'made ' + name, '__qualname__': 'Q.' + name})
X = make('X')
print(X.__name__, X.__qualname__, X.__doc__, X.__slots__)
try:
    type('Bad', (), {'__qualname__': 5})
except TypeError as e:
    print(e)
class M(type):
    pass
Y = M('Y', (), {})
print(type(Y).__name__, Y.__module__)
print(type.__prepare__('a', ()), type(type.__prepare__()).__name__)
