from collections import OrderedDict as O
import pickle, copy
o = O([('a',1),('b',2),('c',3)])
print(o, type(o).__module__, o.keys(), o.values(), o.items())
o.move_to_end('a'); print(list(o))
o.move_to_end('a', last=False); print(list(o), list(reversed(o)), list(reversed(o.items())))
print(o.popitem(), o.popitem(last=False), o)
o.update(x=1, y=2); o.update([('z', 3)]); print(o)
print(o == O(o), o == dict(o), O(a=1,b=2) == O(b=2,a=1), O(a=1,b=2) != O(b=2,a=1), dict(a=1,b=2)==O(b=2,a=1))
print(o | {'q': 1}, {'q':1} | o)
o |= [('w', 0)]; print(o)
print(pickle.loads(pickle.dumps(o)) == o, copy.copy(o), copy.deepcopy(o))
it = iter(o.items()); next(it); print(list(pickle.loads(pickle.dumps(it))), type(it).__name__)
o.x = 5; print(o.__reduce__()[2], o.__dict__)
for bad in [lambda: O(1,2), lambda: o.update(1,2), lambda: O([(1,)]), lambda: O().popitem(), lambda: o.move_to_end('nope'), lambda: O().move_to_end(1), lambda: o.pop('nope')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(o.pop('nope', 7), o.setdefault('k', 9), o.setdefault('k', 10), o)
try:
    for k in o: o['new'] = 1
except RuntimeError as e: print(e)
try:
    for k in o: o.move_to_end(k)
except RuntimeError as e: print(e)
r = O(); r['r'] = r; print(r)
class S(O):
    def __setitem__(self, k, v): super().__setitem__(k, v*2)
s = S(a=1); s.update(b=2); print(s, s.copy(), S.fromkeys('ab', 1), O.fromkeys('xy'))
print(sorted(o.keys() & {'k','x'}), 'k' in o.keys(), ('k', 9) in o.items(), len(o.values()))
o.clear(); print(o, len(o))
print(type(iter(o)).__name__, type(o.keys()).__mro__)
import weakref; w = weakref.ref(o); print(w() is o)
print(hash.__name__, O.__hash__)
