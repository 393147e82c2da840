# _collections.deque: construction, maxlen trimming on both ends, the
# end operations, rotate/insert/remove/index/count/reverse, indexing and
# the errors CPython gives for each.
from _collections import deque


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque([1, 2, 3])
print(d, len(d), bool(d), bool(deque()), d.maxlen, deque('abc'), deque(range(3), 2), deque(maxlen=0))
print(deque(iterable=[1], maxlen=3), deque([1], None), deque([1, 2], maxlen=True))
for args, kw in [((1,), {}), (([1], -1), {}), (([1], 'a'), {}), (([1], 2 ** 70), {}), (([1], 1.5), {}),
                 (([1],), {'foo': 3}), (([1], 2, 3), {}), (([], 2), {'x': 3}), ((), {'a': 1, 'b': 2, 'c': 3})]:
    show(('deque', args, kw), lambda: deque(*args, **kw))
d = deque([1, 2, 3])
d.__init__('xy')
print(d)
d.__init__([5], 1)
print(d, d.maxlen)

d = deque([1, 2, 3], 3)
d.append(4); print(d)
d.appendleft(0); print(d)
d.extend([7, 8]); print(d)
d.extendleft([5, 6]); print(d)
d.extend(d); print(d)
z = deque(maxlen=0)
z.append(1); z.appendleft(2); z.extend(range(5)); z.extendleft('ab'); print(z, len(z))
d = deque()
d.extendleft('abc'); print(d, d.pop(), d.popleft(), d)
show("pop empty", lambda: deque().pop())
show("popleft empty", lambda: deque().popleft())

d = deque(range(10))
d.rotate(3); print(d)
d.rotate(-13); print(d)
d.rotate(); print(d)
d.rotate(0); d.rotate(10); d.rotate(-20); d.rotate(10 ** 9); print(d)
d.insert(-2, 'x'); print(d)
d.insert(100, 'y'); d.insert(-100, 'z'); d.insert(0, 'w'); d.insert(3, 'v'); print(d)
del d[3]; print(d)
del d[-1]; print(d)
d[2] = 'q'; d[-1] = 'last'; print(d)
d.reverse(); print(d)
d.remove('q'); print(d)
print(d.index('x'), d.index(5), d.index(5, 2), d.index(5, -9, -2), d.count(5), d.count('nope'))
print(d[0], d[-1], d[4], d[True])
for key in [20, -21, 'a', 1.0, slice(1, 2), 2 ** 70, None]:
    show(('getitem', key), lambda: d[key])
for key in [20, -21, 'a', 2 ** 70]:
    try:
        d[key] = 1
    except Exception as e:
        print('setitem', key, type(e).__name__, e)
    try:
        del d[key]
    except Exception as e:
        print('delitem', key, type(e).__name__, e)
show("index missing", lambda: d.index('nope'))
show("index window", lambda: d.index(5, 0, 1))
show("index 'a'", lambda: d.index(5, 'a'))
show("index None", lambda: d.index(5, None))
show("index big", lambda: d.index(5, -2 ** 80, 2 ** 80))
show("index()", lambda: d.index())
show("index 4 args", lambda: d.index(1, 2, 3, 4))
show("remove missing", lambda: d.remove('nope'))
show("remove None", lambda: d.remove(None))
show("insert 'a'", lambda: d.insert('a', 1))
show("insert 1 arg", lambda: d.insert(1))
show("insert full", lambda: deque([1], 1).insert(0, 2))
show("rotate 'a'", lambda: d.rotate('a'))
show("rotate 1.5", lambda: d.rotate(1.5))
show("rotate 2**70", lambda: d.rotate(2 ** 70))
show("rotate 2 args", lambda: d.rotate(1, 2))
show("extend 1", lambda: d.extend(1))
show("extendleft 1", lambda: d.extendleft(1))
show("maxlen set", lambda: setattr(d, 'maxlen', 3))
show("attr", lambda: d.foo)
show("set attr", lambda: setattr(d, 'foo', 1))
print(d.clear(), d, len(d))
big = deque()
for i in range(1000):
    big.append(i)
    if i % 3 == 0:
        big.appendleft(-i)
for i in range(500):
    big.pop() if i % 2 else big.popleft()
print(len(big), big[0], big[-1], big[300], sum(big))
big.rotate(137)
print(big[0], big[-1], list(big)[:3])
while big:
    big.popleft()
print(big, len(big))
print([deque(range(n)).__sizeof__() for n in (0, 1, 63, 64, 127, 128, 1000)])
