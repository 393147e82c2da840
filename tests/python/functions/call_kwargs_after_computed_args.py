# f(expr, **d): the argument tuple needs temporaries, the kwargs dict must
# still reach the call (a register-allocation regression).
def g(a, *rest, **k):
    return a, rest, sorted(k.items())

d = {"x": 1, "y": 2}

class K:
    def __init__(self):
        self.v = 5

    def m(self):
        return g(self.v, self.v + 1, **d)

    def n(self):
        return g(self.v * 2, [self.v], z=3, **d)

print(K().m())
print(K().n())
print(g(len("abc"), *[d["x"], d["y"]], **{"q": 0}))
print(g(*(i * i for i in range(3)), w=1))
