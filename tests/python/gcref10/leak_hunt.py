# A leak-hunting program: follow gc.get_referrers from a leaked object back
# to the registry that keeps it, as one does with objgraph.
import gc

class Session:
    def __init__(self, name):
        self.name = name

class Registry:
    def __init__(self):
        self.by_name = {}
    def add(self, s):
        self.by_name[s.name] = [s]

registry = Registry()

def work():
    s = Session('alpha')
    registry.add(s)
    return s.name

name = work()
gc.collect()
leaked = [o for o in gc.get_objects() if type(o) is Session]
print(len(leaked), leaked[0].name)

def chain(obj, depth):
    path = []
    for _ in range(depth):
        refs = [r for r in gc.get_referrers(obj)
                if r is not path and r is not leaked and type(r).__name__ != 'frame']
        if not refs:
            break
        obj = refs[0]
        path.append(type(obj).__name__)
    return path

print(chain(leaked[0], 3))
del leaked
registry.by_name.clear()
gc.collect()
print(sum(1 for o in gc.get_objects() if type(o) is Session))

# get_referents of a referrer leads back to the object.
s2 = Session('beta')
box = [s2]
print(any(x is s2 for r in gc.get_referrers(s2) for x in gc.get_referents(r)))

# is_finalized: __del__ ran once on a resurrected object.
class Lazarus:
    def __del__(self):
        global saved
        saved = self
z = Lazarus()
print(gc.is_finalized(z))
del z
gc.collect()
print(gc.is_finalized(saved))
