class D(dict):
    def __missing__(self, key):
        return f'missing {key!r}'
d = D(a=1)
print(d['a'], d['zz'], d.get('zz'), 'zz' in d, len(d))
class Counter(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
c = Counter()
for ch in 'abracadabra':
    c[ch] += 1
print(c)
class NoMissing(dict):
    pass
try:
    NoMissing()['x']
except KeyError as e:
    print('KeyError', e)
import collections
dd = collections.defaultdict(list)
dd['a'].append(1)
print(dd, dd['b'], sorted(dd))
dd2 = collections.defaultdict()
try:
    dd2['x']
except KeyError as e:
    print('KeyError', e)
