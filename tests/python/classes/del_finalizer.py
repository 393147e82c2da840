class F:
    def __init__(self, name): self.name = name
    def __del__(self):
        print('finalizing', self.name)
a = F('a')
del a
print('after del a')
def scope():
    b = F('b')
scope()
print('after scope')
import gc
c = F('cycle')
c.self = c
del c
gc.collect()
print('after collect')
