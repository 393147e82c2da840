class D:
    def __get__(self, o, t=None): return 'data desc'
    def __set__(self, o, v): pass
class ND:
    def __get__(self, o, t=None): return 'non-data desc'
class C:
    d = D()
    n = ND()
    plain = 'class attr'
c = C()
c.__dict__['d'] = 'inst d'
c.__dict__['n'] = 'inst n'
c.__dict__['plain'] = 'inst plain'
print(c.d, c.n, c.plain)
print(C.d, C.n)
