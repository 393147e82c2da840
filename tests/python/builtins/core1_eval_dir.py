# dir() over a mapping given to eval() as locals, bool(NotImplemented)'s
# DeprecationWarning, mappingproxy refusing |=.
import types
import warnings


class M:
    def __getitem__(self, key):
        raise KeyError(key)

    def keys(self):
        return list('zyx')


class D(dict):
    def keys(self):
        return list('cab')


print(eval('dir()', {}, M()), eval('dir()', {}, D()), eval('dir()', {}, {'q': 1}))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(bool(NotImplemented), not NotImplemented)
    print([(x.category.__name__, str(x.message)) for x in w])
m = types.MappingProxyType({'a': 1})
try:
    m |= {}
except TypeError as e:
    print('TypeError', e)
print(m | {'b': 2}, type(m).__ior__)
