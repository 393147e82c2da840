class C:
    def __call__(self): pass
class D:
    pass
print([callable(x) for x in [len, C, C(), D(), lambda: 0, 1, 'x', print, int, [].append, type]])
