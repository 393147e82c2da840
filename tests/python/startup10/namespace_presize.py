# Module and class namespaces keep insertion order, deletions and
# re-assignments whatever their table's size (start-up presizes them).
import _ns_helper as m
names = [n for n in vars(m) if not n.startswith("__")]
print(names[:3], names.index("a") < names.index("c") < names.index("d") < names.index("E"))
print([n for n in names if len(n) <= 3 and not n.startswith("_")][-12:])
print("b" in vars(m), m.k, m.E().f(), hasattr(m.E, "y"), list(vars(m.E))[1:9])
print(m.g0, m.g1, m.g2, m._definitely_missing_module_, callable(m.join))

ns = {}
exec("\n".join("v%d = %d" % (i, i) for i in range(40)) + "\ndel v3\nv3 = 'again'", ns)
print([k for k in ns if k != "__builtins__"][:5], list(ns)[-2:], len(ns), ns["v3"], ns["v39"])

class Many:
    a1 = 1; a2 = 2; a3 = 3; a4 = 4; a5 = 5; a6 = 6; a7 = 7; a8 = 8; a9 = 9; a10 = 10
    a1 = "x"
    locals()["dyn"] = 1
print([k for k in vars(Many) if not k.startswith("__")])
print(Many.a1, Many.dyn, Many.a10)

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        class D(dict):
            pass
        return D()
class WithPrepare(metaclass=Meta):
    p1 = 1; p2 = 2; p3 = 3; p4 = 4; p5 = 5; p6 = 6; p7 = 7
print([k for k in vars(WithPrepare) if k.startswith("p")])

g = {}
exec(compile("\n".join("x%d = %d" % (i, i) for i in range(20)), "<s>", "exec"), g, g)
loc = {}
exec("\n".join("y%d = %d" % (i, i) for i in range(20)), {}, loc)
print(len(g) - 1, len(loc), list(loc)[:3], sum(loc.values()))
