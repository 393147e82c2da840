class WithContains:
    def __contains__(self, x):
        return x == 'yes'
class WithIter:
    def __iter__(self):
        print('iter called')
        return iter([1, 2, 3])
class WithGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print('yes' in WithContains(), 'no' in WithContains())
print(2 in WithIter(), 5 in WithIter())
print(10 in WithGetitem(), 15 in WithGetitem())
class Truthy:
    def __contains__(self, x):
        return 'non-empty string'
print(1 in Truthy(), 1 not in Truthy())
try:
    1 in object()
except TypeError as e:
    print(e)
