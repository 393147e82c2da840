class Desc:
    def __get__(self, obj, owner):
        raise AttributeError('desc failed')
class C:
    d = Desc()
    def __getattr__(self, name):
        return 'fallback:' + name
print(C().d, C().other)
class Meta(type):
    def __getattr__(cls, name):
        return 'meta:' + name
class K(metaclass=Meta):
    real = 1
print(K.real, K.anything)
try:
    K().anything
except AttributeError as e:
    print(e)
