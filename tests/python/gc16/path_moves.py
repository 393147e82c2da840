# A finalizable object that stays reachable, but by another way than at the
# last collection, is not finalized; once only a cycle holds it, it is.
import gc

log = []


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


class Box:
    pass


holder = [D("a")]
b = Box()
b.inner = [D("b")]
gc.collect()
gc.collect()
print(log)

# Move each object elsewhere: the old way to it is gone.
alt = {"x": holder[0]}
holder.clear()
b.inner = None
other = Box()
other.d = D("c")
gc.collect()
print(log)

for _ in range(3):
    other = Box()  # a new Box, perhaps where the old one was
    other.d = alt["x"]
    gc.collect()
print(log)

# Now only cycles hold them.
a = alt.pop("x")
a.me = a
del a
other.d.self = other.d
other = None
gc.collect()
print(sorted(log))


def frame_holder():
    local = D("local")
    local.me = local
    gc.collect()
    gc.collect()
    print(sorted(log))


frame_holder()
gc.collect()
print(sorted(log))
