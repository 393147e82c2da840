log = []
class C:
    def __contains__(self, x):
        log.append('contains')
        return True
    def __iter__(self):
        log.append('iter')
        return iter([])
    def __getitem__(self, i):
        log.append('getitem')
        raise IndexError
print(1 in C(), log)
log.clear()
class I:
    def __iter__(self):
        log.append('iter')
        return iter([1])
    def __getitem__(self, i):
        log.append('getitem')
        raise IndexError
print(1 in I(), 2 in I(), log)
class NoneContains:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in NoneContains()
except TypeError as e:
    print(e)
