# A method call site that sees several receiver classes (polymorphic
# cache), then more than four (megamorphic), then classes that change.


def make(n):
    classes = []
    for i in range(n):
        def render(self, i=i):
            return "r%d:%s" % (i, self.v)
        classes.append(type("N%d" % i, (), {"render": render, "__init__": lambda self, v: setattr(self, "v", v)}))
    return classes


def run(nodes):
    return [n.render() for n in nodes]


cs = make(6)
two = [cs[i % 2](i) for i in range(10)]
print(run(two))
four = [cs[i % 4](i) for i in range(12)]
print(run(four))
six = [cs[i % 6](i) for i in range(12)]
print(run(six))
cs[1].render = lambda self: "patched"
print(run(four))
four[2].render = lambda: "own"
print(run(four))
del cs[1].render
try:
    run(four)
except AttributeError as e:
    print(type(e).__name__, e)
