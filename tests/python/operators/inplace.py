class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __isub__(self, o):
        return 'isub returned'
    def __add__(self, o):
        return 'plain add'
a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items)
a -= 1
print(a)
class OnlyAdd:
    def __add__(self, o): return 'fell back to add'
x = OnlyAdd()
x += 1
print(x)
class NI:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return 'add after NotImplemented'
y = NI()
y += 1
print(y)
l = [1]
l2 = l
l += (2, 3)
print(l, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t is t2)
for op in ['*=', '/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '|=', '^=', '@=']:
    class C:
        pass
    name = {'*=': 'imul', '/=': 'itruediv', '//=': 'ifloordiv', '%=': 'imod', '**=': 'ipow', '<<=': 'ilshift', '>>=': 'irshift', '&=': 'iand', '|=': 'ior', '^=': 'ixor', '@=': 'imatmul'}[op]
    setattr(C, f'__{name}__', lambda self, o, n=name: n)
    ns = {'v': C()}
    exec(f'v {op} 1', ns)
    print(op, ns['v'])
