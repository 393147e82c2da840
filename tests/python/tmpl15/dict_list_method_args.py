# dict.get/setdefault/pop and list.pop with and without their optional
# arguments (the one- and two-argument entries), on dicts, dict subclasses
# with __missing__, keys that are str subclasses with __eq__/__hash__,
# unhashable keys and bad indexes: results and errors as CPython's.


class Missing(dict):
    def __missing__(self, key):
        return "missing:" + str(key)


class Key(str):
    def __hash__(self):
        return hash(str(self).lower())

    def __eq__(self, other):
        return str(self).lower() == str(other).lower()


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = {"a": 1, "é": 2, "日本": 3}
show(lambda: d.get("a"))
show(lambda: d.get("é"))
show(lambda: d.get("日本", 0))
show(lambda: d.get("zz"))
show(lambda: d.get("zz", "dflt"))
show(lambda: d.get([1]))
show(lambda: d.get())
show(lambda: d.get(1, 2, 3))
show(lambda: dict.get(d, "a"))
show(lambda: dict.get(d, "q", 5))

m = Missing(x=1)
show(lambda: m.get("x"))
show(lambda: m.get("y"))          # get never calls __missing__
show(lambda: m.get("y", 7))
show(lambda: m["y"])
show(lambda: m.pop("y"))
show(lambda: m.pop("y", None))
show(lambda: m.setdefault("z"))
show(lambda: m)

k = {Key("Hello"): "v"}
show(lambda: k.get("HELLO"))
show(lambda: k.get(Key("hello"), 0))
show(lambda: k.get("nope", 0))
show(lambda: k.setdefault(Key("HeLLo"), "other"))
show(lambda: k.pop("hello"))
show(lambda: k)

e = {}
show(lambda: e.setdefault("a"))
show(lambda: e.setdefault("b", []))
show(lambda: e.setdefault("b", 5))
show(lambda: e.setdefault([1]))
show(lambda: e.pop("a"))
show(lambda: e.pop("a"))
show(lambda: e.pop("a", "gone"))
show(lambda: {}.pop([1]))           # empty dict: answers before hashing
show(lambda: {}.pop([1], 3))
show(lambda: {1: 2}.pop([1]))
show(lambda: e)

l = [1, "two", 3.0, "quatre", 5]
show(lambda: l.pop())
show(lambda: l.pop(0))
show(lambda: l.pop(-1))
show(lambda: l.pop(True))
show(lambda: l.pop(10))
show(lambda: l.pop(-10))
show(lambda: l.pop("x"))
show(lambda: l.pop(1.0))
show(lambda: l)
show(lambda: [].pop())
show(lambda: [].pop("x"))          # the index is converted first
show(lambda: list.pop([4, 5]))
show(lambda: list.pop([4, 5], 0))


class L(list):
    pass


sub = L([1, 2, 3])
show(lambda: sub.pop())
show(lambda: sub.pop(0))
show(lambda: sub)

# in a loop, as template code does
ctx = {"name": "ada", "n": 3}
out = []
for key in ["name", "n", "missing", "name"]:
    out.append(ctx.get(key, "?"))
    out.append(ctx.get(key))
print(out)
stack = list(range(6))
while stack:
    out.append(stack.pop())
    if stack:
        out.append(stack.pop(0))
print(out)
