fs = []
for i in range(3):
    def f():
        return i
    fs.append(f)
print([f() for f in fs])
fs = []
for i in range(3):
    def f(i=i):
        return i
    fs.append(f)
print([f() for f in fs])
def make():
    out = []
    for j in range(3):
        out.append(lambda: j)
    j = 'changed'
    return out
print([f() for f in make()])
