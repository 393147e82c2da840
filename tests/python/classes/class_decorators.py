def add_hello(cls):
    cls.hello = lambda self: 'hello from ' + type(self).__name__
    return cls
def replace(cls):
    return 'replaced'
@add_hello
class A: pass
@replace
class B: pass
print(A().hello(), B)
def counting(cls):
    orig = cls.__init__
    def init(self, *a):
        type(self).made = getattr(type(self), 'made', 0) + 1
        orig(self, *a)
    cls.__init__ = init
    return cls
@counting
class C:
    def __init__(self, v): self.v = v
C(1); C(2)
print(C.made)
