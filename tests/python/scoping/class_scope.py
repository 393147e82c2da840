x = 'global'
class C:
    x = 'class'
    y = x
    def m(self):
        return x
    z = [x for _ in range(1)]
    w = (lambda: x)()
print(C.y, C().m(), C.z, C.w)
class D:
    a = 1
    b = a + 1
    del a
print(hasattr(D, 'a'), D.b)
def f():
    x = 'local'
    class E:
        print(x)
        x = 'e'
        print(x)
    return E.x
print(f())
