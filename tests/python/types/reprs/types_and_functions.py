import math
print(repr(int), repr(type), repr(object), repr(len), repr(math.sqrt), repr(math)[:13], repr(str.join), repr(dict.fromkeys)[:40])
print(repr(int.__add__), repr(type(None)), repr(type(...)), repr(property), repr(zip), repr(map))
class C:
    def m(self): pass
print(repr(C).startswith("<class '__main__.C'"), repr(C.m).startswith('<function C.m at'), repr(C().m).startswith('<bound method C.m of'))
