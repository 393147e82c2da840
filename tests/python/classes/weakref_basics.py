import weakref, gc
class Obj:
    pass
o = Obj()
r = weakref.ref(o)
print(r() is o)
del o
gc.collect()
print(r())
try:
    weakref.ref(1)
except TypeError as e:
    print(e)
class Slotted:
    __slots__ = ()
try:
    weakref.ref(Slotted())
except TypeError as e:
    print(e)
d = weakref.WeakValueDictionary()
k = Obj()
d['a'] = k
print(len(d))
del k
gc.collect()
print(len(d))
