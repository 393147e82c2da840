# deque pickles its __dict__ and __slots__ values and iterates itself with
# its own (possibly overridden) __iter__.
import pickle
from collections import deque

class Deque(deque):
    pass
class DequeWithSlots(deque):
    __slots__ = ('x', 'y', '__dict__')
class DequeWithBadIter(deque):
    def __iter__(self):
        raise TypeError('no iteration')

for cls in (Deque, DequeWithSlots):
    for d in (cls('abc'), cls('abcde', maxlen=4)):
        d.x = ['x']
        d.z = ['z']
        r = d.__reduce__()
        print(cls.__name__, r[0].__name__, r[1], r[2], list(r[3]))
        for proto in range(pickle.HIGHEST_PROTOCOL + 1):
            e = pickle.loads(pickle.dumps(d, proto))
            print(' ', proto, type(e).__name__, list(e), e.maxlen, e.x, e.z, hasattr(e, 'y'))
print(deque([1]).__reduce__()[:3], deque([], 2).__reduce__()[:3])
for d in (DequeWithBadIter('abc'), DequeWithBadIter('abc', 2)):
    try:
        pickle.dumps(d, 2)
    except TypeError as e:
        print('TypeError', e)
d = Deque('abc')
d.append(d)
e = pickle.loads(pickle.dumps(d, 2))
print(e.pop() is e, list(e))
