import weakref
class O: pass
o = O()
for f in (lambda: weakref.ref(o, x=1), lambda: weakref.ref(o, None, x=1), lambda: weakref.ref(ob=o),
          lambda: weakref.ref.__new__(weakref.ref, o, y=2),
          lambda: weakref.ref(o).__init__(o, z=3), lambda: weakref.ref(o)(k=1)):
    try:
        r = f()
        print("ok", type(r).__name__)
    except TypeError as e:
        print("TypeError", e)
class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, value=42):
        self.value = value
        super().__init__(ob, callback)
    def __call__(self):
        self.called = True
        return super().__call__()
mr = MyRef(o, value=24)
print(mr() is o, mr.called, mr.value)
class R2(weakref.ref):
    def __new__(cls, ob, cb=None, **kw):
        self = super().__new__(cls, ob, cb, **kw)
        self.kw = kw
        return self
    def __init__(self, ob, cb=None, **kw):
        super().__init__(ob, cb, **kw)
r = R2(o, a=1)
print(r.kw, r() is o)
