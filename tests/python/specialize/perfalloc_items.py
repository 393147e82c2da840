# Pairs made in one allocation: dict items (iteration, popitem, set ops on views).
d = {"a": 1, "b": [2], 3: "c"}
items = list(d.items())
print(items, [type(p).__name__ for p in items], [len(p) for p in items])
k, v = items[1]
v.append("x")
print(d, hash(items[0]) == hash(("a", 1)), items[0] == ("a", 1), items[0] < ("b", 0))
print(d.popitem(), d)
d["b"] = 2
try:
    {("l", [1])} | {1: [1]}.items()
except TypeError as e:
    print("TypeError", e)
print(sorted(d.items() | {("z", 0)}, key=repr), d.items() & {("a", 1)}, d.items() - {("a", 1)})
print(d.items() ^ {("a", 1), ("q", 9)})
for i, pair in enumerate(d.items()):
    print(i, pair, pair[0], pair[-1], pair[:1], pair * 2, pair + (None,))
it = iter({1: 2}.items())
p = next(it)
print(p, p.count(2), p.index(1), repr(p), str(p), tuple(p) is p)
try:
    p[2]
except IndexError as e:
    print("IndexError", e)
try:
    p[0] = 5
except TypeError as e:
    print("TypeError", e)
print(dict([("x", 1), ("y", 2)]).items() == {"x": 1, "y": 2}.items())
print({kv for kv in {"m": 1, "n": 2}.items()} == {("m", 1), ("n", 2)})
