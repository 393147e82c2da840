# Krait runs __del__ from its garbage collector, not at the last
# reference drop (DESIGN.md section 7), so this case calls gc.collect()
# wherever CPython's output depends on when finalizers run.
import gc
class F:
    def __init__(self, name): self.name = name
    def __del__(self):
        print('finalizing', self.name)
a = F('a')
del a
gc.collect()
print('after del a')
def scope():
    b = F('b')
scope()
gc.collect()
print('after scope')
c = F('cycle')
c.self = c
del c
gc.collect()
print('after collect')
class Resurrect:
    saved = []
    def __del__(self):
        print('resurrecting')
        Resurrect.saved.append(self)
r = Resurrect()
del r
gc.collect()
print(len(Resurrect.saved))
Resurrect.saved.clear()
gc.collect()
print('__del__ runs once per object')
