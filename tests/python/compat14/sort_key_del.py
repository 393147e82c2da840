# list.sort releases the keys it made before it returns, while the list is
# still empty: a key's __del__ that refills the list is a modification
# during the sort (CPython frees the keys at their last reference).
import gc

data = list(range(10))
events = []


class SortKiller:
    def __init__(self, x):
        self.x = x

    def __del__(self):
        events.append(self.x)
        del data[:]
        data[:] = range(20)

    def __lt__(self, other):
        return self.x > other.x


try:
    data.sort(key=SortKiller)
except ValueError as e:
    print("ValueError:", e)
print(len(data), sorted(events))

# A key function that fails: its error wins over the modification.
data = list(range(10))
events.clear()


def failing(x):
    if x > 2:
        raise RuntimeError("key %d" % x)
    return SortKiller(x)


try:
    data.sort(key=failing)
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(data), sorted(events))
gc.collect()

# Keys something else still holds are not finalized: the sort succeeds.
data = list(range(10))
events.clear()
kept = []


def keep(x):
    k = SortKiller(x)
    kept.append(k)
    return k


data.sort(key=keep)
print(data, events)

# Keys with __del__ that leave the list alone: the sort succeeds, and the
# __del__ calls have all run when sort returns.
log = []


class Quiet:
    def __init__(self, x):
        self.x = x

    def __del__(self):
        log.append(self.x)

    def __lt__(self, other):
        return self.x < other.x


items = [3, 1, 2]
items.sort(key=Quiet, reverse=True)
print(items, sorted(log))
kept.clear()
gc.collect()
print(sorted(events))
