# An unreachable cycle through an object with __del__ is finalized by one
# gc.collect() even while many other objects with __del__ stay reachable
# (near the roots, and deep inside containers); the reachable ones are not.
import gc

finalized = []


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        finalized.append(self.name)


near = [D("near%d" % i) for i in range(50)]
deep = {"a": [[{"b": (D("deep"),)}]]}
deep["a"][0][0]["b"][0].me = deep["a"]  # a cycle through the outer list


class Holder:
    pass


h = Holder()
h.attr = D("attr")


def make_cycle(tag):
    a = D(tag + "-a")
    b = D(tag + "-b")
    a.other = b
    b.other = a


make_cycle("c1")
n = gc.collect()
print(sorted(finalized), n >= 2)

finalized.clear()
make_cycle("c2")
node = D("self-loop")
node.me = node
del node
gc.collect()
print(sorted(finalized))

# Nothing unreachable left: further collections finalize nothing.
finalized.clear()
for _ in range(3):
    gc.collect()
print(finalized)

# Dropping the reachable ones makes them garbage too.
del near[:10]
deep.clear()
gc.collect()
print(sorted(finalized))
print(len(near), h.attr.name)
