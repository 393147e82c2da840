class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times
a = Adder(3)
print(a(4), a(4, times=2), callable(a), callable(Adder), callable(3))
try:
    a()
except TypeError as e:
    print(e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(e)
try:
    n = 5
    n()
except TypeError as e:
    print(e)
