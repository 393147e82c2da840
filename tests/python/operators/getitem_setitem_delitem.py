class Seq:
    def __init__(self): self.log = []
    def __getitem__(self, k):
        self.log.append(('get', k))
        return k
    def __setitem__(self, k, v):
        self.log.append(('set', k, v))
    def __delitem__(self, k):
        self.log.append(('del', k))
s = Seq()
s[1]
s[1:2]
s[::3]
s[1, 2]
s[..., 0]
s[1:2, 3]
s['a'] = 5
s[:] = []
del s[0]
del s[::2]
for entry in s.log:
    print(entry)
try:
    object()[0]
except TypeError as e:
    print(e)
try:
    del (1, 2)[0]
except TypeError as e:
    print(e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print(e)
