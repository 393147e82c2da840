# Attributes of instances of exception subclasses (kept as shared-key
# values, as for plain instances): __dict__, deletion, many attributes,
# notes, pickling and copying, the special fields of builtin bases.
import copy
import pickle


class E(Exception):
    def __init__(self, key, msg="m"):
        super().__init__(msg)
        self.key = key


class F(E):
    pass


class G(OSError):
    pass


def show(e):
    print(type(e).__name__, e.args, sorted(vars(e).items()), e.__dict__ == vars(e))


for i in range(3):
    e = E(i)
    e.extra = [i]
    show(e)
    del e.extra
    show(e)
    try:
        del e.nothere
    except AttributeError as a:
        print("AttributeError", a)
    f = F("k%d" % i, msg="hello")
    f.__dict__["direct"] = 1
    show(f)
    print(f.direct, getattr(f, "missing", "dflt"), hasattr(f, "key"))
    f.add_note("note %d" % i)
    print(f.__notes__, "__notes__" in f.__dict__)

many = E(0)
for k in range(40):
    setattr(many, "a%d" % k, k)
print(len(vars(many)), many.a39, many.key)
many.__dict__ = {"replaced": True}
print(vars(many), hasattr(many, "key"))

p = pickle.loads(pickle.dumps(F(5, "pickled")))
show(p)
c = copy.copy(E(7))
c.more = 1
show(c)
g = G(2, "gone")
g.tag = "t"
print(g.errno, g.strerror, g.tag, sorted(vars(g)))
b = ValueError("plain")
b.attr = 1
print(vars(b))
try:
    raise E("raised")
except E as caught:
    caught.later = 2
    print(caught.key, caught.later, str(caught), repr(caught))
print(E.__init__.__qualname__, isinstance(E(1), Exception))
