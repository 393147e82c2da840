class Old:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError(i)
        return i * i
print(list(Old()), 9 in Old(), list(iter(Old())))
it = iter(Old())
print(type(it).__name__, next(it), next(it))
class Stop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stop()))
class KE:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KE())
except KeyError as e:
    print('KeyError', e)
