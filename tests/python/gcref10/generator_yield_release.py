# A suspended generator does not keep the value it yielded, nor what the
# expression that made it used; list.pop/remove/del do not keep the item
# they removed. Found with gc.get_referrers while hunting a leak in
# concurrent.futures' Executor.map.
import gc, weakref

class O:
    pass

def ident(x):
    return x

def plain():
    yield O()
    yield 1

def through_call():
    yield ident(O())
    yield 1

def from_list():
    yield [O()][0]
    yield 1

def popping():
    items = [O(), O(), O()]
    items.reverse()
    while items:
        yield ident(items.pop())

for g in (plain, through_call, from_list):
    it = g()
    wr = weakref.ref(next(it))
    gc.collect()
    print(g.__name__, wr() is None)

def consume():
    for obj in popping():
        wr = weakref.ref(obj)
        del obj
        gc.collect()
        print('popped', wr() is None)
consume()

# Values live across the yield stay.
def keeps():
    it = iter([O(), O()])
    for x in it:
        yield 'step'
    yield 'done'
k = keeps()
print(next(k), next(k), next(k))

lst = [O(), O(), O()]
wrs = [weakref.ref(x) for x in lst]
lst.pop()
lst.remove(lst[0])
del lst[0]
gc.collect()
print(len(lst), [w() is None for w in wrs])
