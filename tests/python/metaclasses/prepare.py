import collections
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 'yes', 'log': []}
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, dict(ns))
class C(metaclass=OrderedMeta, k=2):
    log.append('a')
    val = injected
print(C.val, C.log)
class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)
class M2(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return RecordingDict()
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith('__')]
        return cls
class D(metaclass=M2):
    z = 1
    a = 2
    def m(self): pass
print(D.order)
class Bad(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5
try:
    class E(metaclass=Bad): pass
except TypeError as e:
    print(e)
