# Pickling builtin and Python methods, static methods of builtin types,
# Ellipsis/NotImplemented; refusing descriptors CPython cannot pickle;
# __getnewargs__ looked up on the type (an instance __getattr__ is not used).
import pickle, codecs

class Subclass(tuple):
    class Nested(str):
        pass

class PyMethodsTest:
    @staticmethod
    def cheese():
        return 'cheese'
    @classmethod
    def wine(cls):
        return 'wine'
    def biscuits(self):
        return 'biscuits'

c_methods = (
    ("abcd".index, ("c",)), (str.index, ("abcd", "c")), ([1, 2, 3].__len__, ()), (list.__len__, ([1, 2, 3],)),
    ({1, 2}.__contains__, (2,)), (set.__contains__, ({1, 2}, 2)), (dict.fromkeys, (("a", 1), ("b", 2))),
    (bytearray.maketrans, (b"abc", b"xyz")), (str.maketrans, ('ab', 'cd')), (Subclass([1, 2, 2]).count, (2,)),
    (Subclass.count, (Subclass([1, 2, 2]), 2)), (Subclass.Nested("sweet").count, ("e",)),
    (Subclass.Nested.count, (Subclass.Nested("sweet"), "e")), (len, ([1],)), (codecs.encode, ('a',)),
    (PyMethodsTest().biscuits, ()), (PyMethodsTest.wine, ()), (PyMethodsTest.cheese, ()),
)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for method, args in c_methods:
        unpickled = pickle.loads(pickle.dumps(method, proto))
        assert method(*args) == unpickled(*args), (method, proto)
print([type(m).__name__ for m, _ in c_methods])
print(str.maketrans.__reduce__(), [].append.__reduce__()[1][1], list.append.__reduce__(), list.__add__.__reduce__())
print(len.__reduce__(), (1).__add__.__reduce__(), dict.fromkeys.__reduce__())
print(PyMethodsTest().biscuits.__reduce__()[1][1], PyMethodsTest.wine.__reduce__()[1])

for descr in (bytearray.__dict__['maketrans'], dict.__dict__['fromkeys'], PyMethodsTest.__dict__['cheese'],
              PyMethodsTest.__dict__['wine'], property(len)):
    for proto in (0, 2, 4):
        try:
            pickle.dumps(descr, proto)
            print('pickled', type(descr).__name__)
        except (TypeError, pickle.PicklingError) as e:
            print(type(descr).__name__, proto, type(e).__name__)

for o in (..., NotImplemented):
    print(o.__reduce__(), [pickle.loads(pickle.dumps(o, p)) is o for p in range(6)])

class BadGetattr:
    def __getattr__(self, key):
        self.foo
x = BadGetattr()
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    print(type(pickle.loads(pickle.dumps(x, proto))).__name__)
