# str methods return the string itself when nothing changes (pickle's memo,
# keyed by id, depends on it).
import pickle, io
s = 'hello world' * 2
print(s.replace('z', 'y') is s, s.replace('l', 'L', 0) is s, s.replace('l', 'l') is s)
print(s.strip() is s, s.lstrip() is s, s.rstrip() is s, s.strip('z') is s)
print(s.ljust(3) is s, s.rjust(3) is s, s.center(3) is s, s.zfill(3) is s)
print(s.expandtabs() is s, s.removeprefix('x') is s, s.removesuffix('x') is s, s * 1 is s)
print(s.replace('l', 'L') is s, s.strip('h') is s, s.ljust(30) is s)
class T(str):
    pass
t = T('abc')
for r in (t.replace('z', 'y'), t.strip(), t.ljust(1), t * 1, t.removeprefix('q')):
    print(type(r).__name__, r, r is t)

class S(set):
    pass
x = S([1])
x.x = ['x']
x.z = ['z']
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    y = pickle.loads(pickle.dumps(x, proto))
    print(proto, y.x, y.z)
