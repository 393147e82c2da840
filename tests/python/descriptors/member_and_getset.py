class S:
    __slots__ = ('a',)
m = S.__dict__['a']
print(type(m).__name__, m.__name__, m.__objclass__.__name__)
s = S()
m.__set__(s, 10)
print(s.a, m.__get__(s, S))
def f(): pass
gs = type(f).__dict__['__name__']
print(type(gs).__name__)
print(gs.__get__(f))
print(type(int.__dict__['real']).__name__)
print(int.real.__get__(7))
