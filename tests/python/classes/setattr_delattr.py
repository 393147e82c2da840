class Logged:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != 'log':
            self.log.append(('set', name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(('del', name))
        object.__delattr__(self, name)
o = Logged()
o.a = 1
o.a += 1
del o.a
print(o.log)
try:
    del o.a
except AttributeError as e:
    print(e)
class Frozen:
    def __setattr__(self, n, v):
        raise AttributeError(f"can't set {n}")
try:
    Frozen().x = 1
except AttributeError as e:
    print(e)
setattr(o, 'dyn', 5)
print(o.dyn)
delattr(o, 'dyn')
print(hasattr(o, 'dyn'))
try:
    object().x = 1
except AttributeError as e:
    print(e)
