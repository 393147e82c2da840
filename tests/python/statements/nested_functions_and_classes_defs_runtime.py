defs = []
for i in range(3):
    def f(x=i):
        return x
    defs.append(f)
print([d() for d in defs], defs[0] is not defs[1], defs[0].__name__ == defs[1].__name__)
if True:
    def cond(): return 'defined in if'
else:
    def cond(): return 'else'
print(cond())
try:
    def bad(a=1 / 0): pass
except ZeroDivisionError:
    print('default evaluated at def time')
