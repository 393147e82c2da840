import copy, collections, pickle
class P:
    def __init__(self, x): self.x = x; self.l = [x]
p = P(3)
q = copy.copy(p); r = copy.deepcopy(p)
print(q.x, q.l is p.l, r.l is p.l, r.l == p.l, type(r).__name__)
Pt = collections.namedtuple('Pt', 'x y')
print(copy.copy(Pt(1, 2)), copy.deepcopy(Pt(1, [2])))
c = collections.Counter('abca')
print(copy.deepcopy(c), copy.copy(c))
print(copy.deepcopy(collections.deque([1, [2]])), copy.deepcopy(collections.OrderedDict(a=1)))
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
s = copy.deepcopy(S()); print(s.a, hasattr(s, 'b'))
class L(list): pass
l = L([1, 2]); l.tag = 'x'
m = copy.deepcopy(l); print(m, type(m).__name__, m.tag)
class D(dict): pass
print(copy.copy(D(a=1)), type(copy.copy(D(a=1))).__name__)
print(P(1).__reduce_ex__(2)[0].__name__, P(1).__getstate__())
print(pickle.loads(pickle.dumps(Pt(5, 6))), pickle.loads(pickle.dumps({'a': [1, (2, 3)], 'b': {4}})))
pp = pickle.loads(pickle.dumps(p)); print(pp.x, pp.l)
class G:
    def __getstate__(self): return {'g': 1}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
g = copy.deepcopy(G()); print(g.g, g.restored)
