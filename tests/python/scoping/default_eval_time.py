n = 1
def f(a=n):
    return a
n = 2
print(f())
def g(a=[]):
    a.append(1)
    return a
print(g(), g(), g([0]))
class C:
    k = 7
    def m(self, v=k):
        return v
print(C().m())
