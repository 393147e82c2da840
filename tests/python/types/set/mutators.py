s = {1, 2}
s.add(3); s.add(1)
print(s)
s.update([4, 5], (6,))
print(s)
s.discard(99); s.discard(1)
print(s)
s.remove(2)
try:
    s.remove(2)
except KeyError as e:
    print('KeyError', e)
s |= {10}
s &= {3, 4, 5, 10, 11}
s -= {4}
s ^= {5, 20}
print(s)
s.intersection_update([3, 20, 30])
s.difference_update({3})
s.symmetric_difference_update({7})
print(s)
print(s.pop() in {7, 20}, len(s))
s.clear()
try:
    s.pop()
except KeyError as e:
    print(e)
t = {1}
print(t.copy() == t, t.copy() is t)
