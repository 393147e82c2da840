class Obj:
    pass
o = Obj()
o.x = 1
o.x += 5
d = {'k': [1]}
d['k'] += [2]
d['n'] = d.get('n', 0) + 1
l = [1, 2, 3]
l[1] *= 10
l[-1] **= 2
print(o.x, d, l)
log = []
class Tracked:
    def __getitem__(self, k):
        log.append(('get', k))
        return 1
    def __setitem__(self, k, v):
        log.append(('set', k, v))
def key():
    log.append('key eval')
    return 'k'
t = Tracked()
t[key()] += 1
print(log)
s = 'ab'
s *= 3
print(s)
