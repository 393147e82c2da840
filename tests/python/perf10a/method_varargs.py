# A builtin method taking *args first (dict.update) called as d.m(x): the
# quickened CALL_METHOD_DESCR lends the *args tuple; errors, keywords,
# subclasses, a nested call of the same kind, and re-binding keep CPython's
# behaviour.


class Mapping:
    def __init__(self, inner, other):
        self.inner, self.other = inner, other

    def keys(self):
        # update() called while an update() is running
        self.other.update({"nested": len(self.inner)})
        return list(self.inner)

    def __getitem__(self, k):
        return self.inner[k]


class D(dict):
    pass


def run():
    out = []
    for i in range(4):
        d = {"a": 1}
        d.update({"b": i})
        d.update([("c", i * 2)])
        d.update(e=5)
        d.update({"f": 1}, g=2)
        side = {}
        d.update(Mapping({"h": i}, side))
        s = D(x=1)
        s.update({"y": i})
        out.append((sorted(d.items()), side, sorted(s.items())))
        try:
            d.update(1, 2)
        except TypeError as e:
            out.append(("TypeError", str(e)))
        try:
            d.update(5)
        except TypeError as e:
            out.append(("TypeError", str(e)))
        try:
            d.update([(1, 2, 3)])
        except ValueError as e:
            out.append(("ValueError", str(e)))
    return out


for row in run():
    print(row)
# The method looked up on other receivers at the same site.
for obj in ({}, D(), {"k": 0}):
    obj.update({"z": 26})
    print(type(obj).__name__, sorted(obj.items()))


class Fake:
    def update(self, *a, **k):
        return ("fake", a, k)


for obj in ({}, Fake(), {}):
    print(obj.update({"q": 1}))
