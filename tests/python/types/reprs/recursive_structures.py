a = [1]
a.append(a)
d = {'a': a}
a.append(d)
print(a)
print(d)
s = set()
l = [s]
print(l)
class Node:
    def __init__(self): self.children = []
    def __repr__(self): return f'Node({self.children!r})'
n = Node()
n.children.append(n)
try:
    print(repr(n))
except RecursionError as e:
    print('RecursionError', e)
import reprlib
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100))
from collections import deque, OrderedDict
dq = deque([1])
dq.append(dq)
print(dq)
od = OrderedDict()
od['self'] = od
print(od)
