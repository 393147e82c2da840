class G:
    def __init__(self):
        self.real = 'real'
    def __getattr__(self, name):
        if name.startswith('x'):
            return 'computed ' + name
        raise AttributeError(f'no {name}')
g = G()
print(g.real, g.xyz, getattr(g, 'xa'), hasattr(g, 'y'), getattr(g, 'y', 'dflt'))
try:
    g.other
except AttributeError as e:
    print(e)
class GA:
    def __getattribute__(self, name):
        if name == 'secret':
            return 'intercepted'
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name
ga = GA()
ga.a = 1
print(ga.secret, ga.a, ga.nope)
class Raises:
    @property
    def p(self):
        raise AttributeError('inner')
    def __getattr__(self, name):
        return 'getattr for ' + name
print(Raises().p)
