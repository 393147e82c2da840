# Subclasses of itertools types, iterator protocol details (iter(x) is x,
# exhaustion is permanent, StopIteration raised by next()), and laziness:
# nothing is read from the input before it is needed.
import itertools as it


class MyCount(it.count):
    def __init__(self, *args):
        self.tag = 'c'


c = MyCount(3, 2)
print(type(c).__name__, next(c), next(c), c.tag, repr(c), isinstance(c, it.count))


class MyChain(it.chain):
    extra = 1


mc = MyChain('ab', 'c')
mc.note = 'hi'
print(list(mc), mc.note, mc.extra, type(MyChain.from_iterable(['xy'])).__name__, list(MyChain.from_iterable(['xy'])))


class MyRepeat(it.repeat):
    def __next__(self):
        return super().__next__() * 2


print(list(MyRepeat(3, 2)), repr(MyRepeat('z', 1)))


class Product(it.product):
    pass


print(list(Product('ab', repeat=1)), Product.__mro__[1].__name__)
for t in [it.accumulate, it.chain, it.combinations, it.combinations_with_replacement, it.compress, it.count,
          it.cycle, it.dropwhile, it.filterfalse, it.groupby, it.islice, it.pairwise, it.permutations,
          it.product, it.repeat, it.starmap, it.takewhile, it.zip_longest]:
    sub = type('Sub' + t.__name__, (t,), {})
    print(t.__name__, sub.__name__, sub.__mro__[1] is t)
for name in ['_grouper', '_tee', '_tee_dataobject']:
    try:
        type('X', (getattr(it, name),), {})
    except TypeError as e:
        print(name, e)

log = []


def src(n):
    for i in range(n):
        log.append(i)
        yield i


objs = [it.chain(src(3)), it.islice(src(3), 2), it.accumulate(src(3)), it.pairwise(src(3)),
        it.zip_longest(src(3)), it.groupby(src(3), key=str), it.compress(src(3), [1, 1, 1]), it.starmap(pow, []),
        it.takewhile(bool, src(3)), it.dropwhile(bool, src(3)), it.filterfalse(None, src(3)), it.cycle(src(0))]
print(log)
for o in objs:
    print(type(o).__name__, iter(o) is o, [x[0] if type(x) is tuple else x for x in o], list(o))
log.clear()
print(list(it.product(src(2), src(2))), log)
for make in [lambda: it.count(), lambda: it.repeat(1, 2), lambda: it.chain(), lambda: it.tee([1])[0]]:
    o = make()
    print(type(o).__name__, iter(o) is o, hasattr(o, '__next__'))
try:
    next(it.chain())
except StopIteration as e:
    print('StopIteration', e.args)
try:
    it.repeat(1, 0).__next__()
except StopIteration as e:
    print('StopIteration', e.args)
print(sorted(n for n in dir(it) if not n.startswith('__')))
print(it.chain[int], it.chain[int].__origin__ is it.chain, MyChain[str], '__class_getitem__' in it.product.__dict__)
