def f(self, x=0):
    return ('called', type(self).__name__, x)
class C:
    pass
c = C()
bound = f.__get__(c, C)
print(bound(), bound(5))
print(f.__get__(None, C) is f)
print(type(len).__name__, len.__self__.__name__)
print([].append.__self__ == [], type([].append).__name__)
print(type(str.upper).__name__, type(str.__dict__['upper']).__name__)
print(str.upper('abc'), type(int.__add__).__name__)
print(type(object.__init__).__name__, type(C().__init__).__name__)
