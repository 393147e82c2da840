class C:
    pass
a, b = C(), C()
print(a == a, a == b, a != b, a.__eq__(b), a.__ne__(a))
print(a.__lt__(b))
try:
    a < b
except TypeError as e:
    print(e)
print(hash(a) == hash(a), bool(a), str(a) == repr(a))
print(C.__hash__ is object.__hash__, a.__reduce_ex__ is not None)
print(object.__init_subclass__(), object.__subclasshook__(C))
print(sorted(set(dir(object)) - {'__getstate__'}))
