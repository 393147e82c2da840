# list.append reached every way: method call, bound method, the unbound
# descriptor, a list subclass (plain and overriding append), and errors.

class Box:
    def __init__(self):
        self.items = []


b = Box()
for i in range(20):
    b.items.append(i * i)
    if i % 7 == 6:
        b.items = [b.items[-1]]
print(b.items)

add = b.items.append
for s in "xyz":
    add(s)
print(b.items, add.__self__ is b.items)

out = []
for i in range(3):
    list.append(out, (i, str(i)))
print(out)


class Sub(list):
    pass


s = Sub()
s.append(1)
s.append([s.__class__.__name__])
print(s, type(s).__name__)


class Logged(list):
    def append(self, x):
        print("Logged.append", x)
        super().append(x * 2)


lg = Logged()
lg.append(5)
print(lg)

self_ref = []
self_ref.append(self_ref)
print(self_ref, self_ref[0] is self_ref)

for bad in (lambda: [].append(), lambda: [].append(1, 2),
            lambda: [].append(x=1), lambda: list.append(1, 2),
            lambda: list.append()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

big = []
for i in range(1000):
    big.append(i)
print(len(big), sum(big), big[-3:])
print([].append(0))
