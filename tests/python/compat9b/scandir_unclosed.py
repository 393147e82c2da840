# An os.scandir iterator collected before its end warns "unclosed scandir
# iterator"; an exhausted or closed one does not.
import gc
import os
import tempfile
import warnings

d = tempfile.mkdtemp()
for n in ('a', 'b', 'c'):
    open(os.path.join(d, n), 'w').close()


def use(kind):
    it = os.scandir(d)
    if kind == 'partial':
        next(it)
    elif kind == 'exhausted':
        list(it)
    elif kind == 'closed':
        next(it)
        it.close()
    elif kind == 'with':
        with it:
            next(it)


for kind in ('partial', 'exhausted', 'closed', 'with'):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        use(kind)
        for _ in range(3):
            gc.collect()
    print(kind, [(x.category.__name__, str(x.message).split(' <')[0]) for x in w])
for n in ('a', 'b', 'c'):
    os.remove(os.path.join(d, n))
os.rmdir(d)
