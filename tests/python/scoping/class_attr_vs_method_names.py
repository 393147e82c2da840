class C:
    def f(self):
        return 'method f'
    g = f
    def f(self):
        return 'second f'
print(C().f(), C().g())
class D:
    x = 1
    class Inner:
        try:
            y = x
        except NameError as e:
            y = str(e)
print(D.Inner.y)
