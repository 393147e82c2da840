# Which objects match sequence and mapping patterns: the collection flags
# of collections.abc, inherited along the MRO and set by registration.
import collections, collections.abc, array

def kind(x):
    match x:
        case [*_]:
            return "seq"
        case {}:
            return "map"
    return "neither"

def kind2(x):
    match x:
        case {}:
            return "map"
        case [*_]:
            return "seq"
    return "neither"

class Seq(collections.abc.Sequence):
    def __getitem__(self, i): raise IndexError
    def __len__(self): return 0

class Map(collections.abc.Mapping):
    def __getitem__(self, k): raise KeyError(k)
    def __iter__(self): return iter(())
    def __len__(self): return 0

class C: pass
class M1(collections.UserDict, collections.abc.Sequence): pass
class M2(C, collections.UserDict, collections.abc.Sequence): pass
class M3(collections.UserDict, C, list): pass
class M4(dict, collections.abc.Sequence, C): pass
class S1(collections.UserList, collections.abc.Mapping): pass
class S3(list, C, collections.abc.Mapping): pass
class S4(collections.UserList, dict, C): pass
class L(list): pass
class D(dict): pass

for x in [[], (), range(0), memoryview(b""), array.array("b"), collections.deque(), {}, collections.OrderedDict(),
          collections.defaultdict(), collections.UserDict(), collections.UserList(), Seq(), Map(), "", b"", bytearray(),
          set(), M1(), M2(), M3(), M4(), S1(), S3(), S4(), L(), D(), C(), 1]:
    print(type(x).__name__, kind(x), kind2(x))

class Parent: pass
class ChildPre(Parent): pass
class GrandchildPre(ChildPre): pass
collections.abc.Mapping.register(Parent)
class ChildPost(Parent): pass
class GrandchildPost(ChildPost): pass
print([kind(c()) for c in (Parent, ChildPre, GrandchildPre, ChildPost, GrandchildPost)])

class P2: pass
class Q2(P2): pass
collections.abc.Sequence.register(P2)
print(kind(P2()), kind(Q2()))
collections.abc.Mapping.register(P2)
print(kind(P2()), kind(Q2()))

match array.array("b", b"ab"):
    case [x, y]:
        print("array", x, y)
match memoryview(b"ab"):
    case [x, y]:
        print("memoryview", x, y)
match bytearray(b"ab"):
    case [x, y]:
        print("bytearray matched")
    case _:
        print("bytearray not a sequence")
