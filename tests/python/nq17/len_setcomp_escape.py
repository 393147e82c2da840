# A set comprehension counted by len() must stay a set of its own when
# gc.get_objects() hands it out while it is being built (nq17's scratch set
# is then given up), and later counts must not disturb it.
import gc


def grab():
    keep = []
    def peek(i):
        if i == 98:
            keep.extend(o for o in gc.get_objects() if type(o) is set and 4099 in o)
        return i
    n = len({peek(i) for i in (4099, 98, 4097)})
    return n, keep


n, keep = grab()
print(n, len(keep), [sorted(s) for s in keep])
for k in range(5):
    m = len({i * 3 for i in range(k + 6)})
print(m, [sorted(s) for s in keep])


# the same with the comprehension's range iterator
def grab_iter():
    its = []
    def peek(i):
        if i == 1:
            its.extend(o for o in gc.get_objects() if type(o).__name__ == "range_iterator")
        return i
    len({peek(i) for i in range(3)})
    for j in range(7):
        pass
    return [list(it) for it in its]


print(grab_iter())
