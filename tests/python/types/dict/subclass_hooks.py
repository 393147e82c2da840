class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
d = D(a=1)
d['b'] = 1
d.update(c=1)
print(dict(d), d['b'], d.get('b'), d.setdefault('x', 5), dict(d))
print({**d}, list(d.items()))
class K(dict):
    def keys(self): return ['fake']
    def __getitem__(self, k): return 'from getitem'
print(dict(K(real=1)), {**K(real=1)})
