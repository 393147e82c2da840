# Phases of dense and sparse allocation (the GC policy's headroom ramps up
# and down between them): data kept across the phases must survive every
# collection intact, and weak references to garbage must clear.
import gc
import weakref


class Node:
    __slots__ = ("value", "next", "__weakref__")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


def chain(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


def total(head):
    s = 0
    while head is not None:
        s += head.value
        head = head.next
    return s


kept = []
for phase in range(6):
    # dense: lots of short-lived garbage
    junk = 0
    for i in range(20000 if phase % 2 == 0 else 500):
        junk += len([i] * 8) + len({i: str(i)})
    kept.append(chain(2000 + phase))
    big = [str(i) * 3 for i in range(5000 * (phase + 1))]
    print(phase, junk, total(kept[-1]), len(big), big[-1])

dead = Node(-1)
ref = weakref.ref(dead)
del dead
gc.collect()
print("weakref cleared:", ref() is None)
print("kept:", [total(h) for h in kept])
print("bytes:", sum(len(str(x)) for x in range(100000)))
