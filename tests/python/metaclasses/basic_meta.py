class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns['added'] = name.lower()
        cls = super().__new__(mcs, name, bases, ns)
        print('new', mcs.__name__, name, sorted(k for k in ns if not k.startswith('__')), kw)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        print('init', name)
    def __call__(cls, *a, **k):
        print('call', cls.__name__, a)
        return super().__call__(*a, **k)
class A(metaclass=Meta, flag=1):
    x = 1
    def __init__(self, v):
        self.v = v
a = A(5)
print(a.v, A.added, type(A).__name__)
class B(A):
    pass
print(type(B).__name__, B.added)
