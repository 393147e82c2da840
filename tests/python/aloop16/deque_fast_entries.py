# deque.append/appendleft/pop/popleft through every call form: the method
# call, a bound method, the unbound descriptor, a subclass, maxlen
# trimming, empty pops and wrong argument counts.
from collections import deque


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque(maxlen=3)
for i in range(5):
    d.append(i)
print(d)
d.appendleft(-1)
print(d, d.pop(), d.popleft(), d)
ap, pl = d.append, d.popleft
ap("x")
print(d, pl(), d)
deque.append(d, "y")
print(d, deque.popleft(d), deque.pop(d), d)

e = deque()
show("pop empty:", e.pop)
show("popleft empty:", e.popleft)
show("popleft arg:", lambda: e.popleft(1))
show("append none:", lambda: e.append())
show("append two:", lambda: e.append(1, 2))
show("append kw:", lambda: e.append(x=1))
show("descr wrong self:", lambda: deque.append([], 1))
show("descr no self:", lambda: deque.popleft())


class Q(deque):
    def append(self, x):
        super().append(x * 10)


q = Q([1])
q.append(2)
q.appendleft(0)
print(q, q.pop(), q.popleft(), type(q).__name__)

it = iter(d)
d.append("z")
show("mutated iteration:", lambda: next(it))
big = deque()
for i in range(1000):
    big.append(i)
    big.appendleft(-i)
while len(big) > 3:
    big.pop()
    big.popleft()
print(big, len(big))
