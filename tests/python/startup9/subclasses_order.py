# __subclasses__ keeps creation order while classes are created and
# collected in numbers (the list is pruned of dead entries only now and
# then).
import gc


class Root:
    pass


keep = []
for i in range(300):
    c = type("C%d" % i, (Root,), {})
    if i % 3 == 0:
        keep.append(c)
    del c
gc.collect()
names = [c.__name__ for c in Root.__subclasses__()]
print(len(names), names[:5], names[-3:])
print(names == [c.__name__ for c in keep])


class Late(Root):
    pass


print([c.__name__ for c in Root.__subclasses__()][-2:])
# Version tags: changing the base reaches the live subclasses.
Root.attr = "new"
print({c.attr for c in Root.__subclasses__()})
# Builtin types' subclass lists.
print(bool.__name__ in [c.__name__ for c in int.__subclasses__()])
print(sorted(c.__name__ for c in BaseException.__subclasses__()))
print(object.__subclasses__()[0].__name__, type in object.__subclasses__())
# Bases assignment moves a class between lists.
class A:
    pass


class B:
    pass


class D(A):
    pass


D.__bases__ = (B,)
print(A.__subclasses__(), [c.__name__ for c in B.__subclasses__()])
