x = 1
print('x' in globals(), globals()['x'], type(globals()).__name__)
def f(a):
    b = 2
    return locals(), vars()
print(f(1))
print(vars() is globals(), locals() is globals())
class C:
    def __init__(self): self.v = 1
print(vars(C()))
