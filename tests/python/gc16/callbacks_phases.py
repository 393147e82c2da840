# gc.callbacks are called with "start" and "stop" around each collection,
# with the generation and the info keys CPython passes.
import gc

calls = []


def cb(phase, info):
    calls.append((phase, info["generation"], sorted(info)))


gc.callbacks.append(cb)
gc.collect()
gc.collect(0)
gc.collect(2)
gc.callbacks.remove(cb)
gc.collect()
for c in calls:
    print(c)


# A __del__ found by the collection runs between start and stop.
class D:
    def __del__(self):
        order.append("del")


order = []


def cb2(phase, info):
    order.append(phase)
    if phase == "stop":
        order.append(info["collected"] > 0)


d = D()
d.me = d
del d
gc.callbacks.append(cb2)
gc.collect()
gc.callbacks.remove(cb2)
print(order)
