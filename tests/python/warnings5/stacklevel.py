# stacklevel in nested calls, beyond the stack, and category errors.
import sys
import warnings

sys.stderr = sys.stdout
warnings.simplefilter('always')


def inner(level):
    warnings.warn('level %d' % level, stacklevel=level)


def outer(level):
    inner(level)


for level in [-1, 0, 1, 2, 3, 50]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        outer(level)
    m = w[0]
    print(level, m.filename.rsplit('/', 1)[-1], m.lineno, m.message)
outer(2)
print('sys registry', '__warningregistry__' in sys.__dict__)
for cat in [int, 'x', None, Exception, object(), DeprecationWarning]:
    try:
        with warnings.catch_warnings(record=True) as w:
            warnings.warn('c', cat)
        print(repr(cat)[:30], w[0].category.__name__)
    except TypeError as e:
        print('TypeError', e)
for args in [(), ('x', UserWarning, 'a'), ('x', UserWarning, 2 ** 70)]:
    try:
        warnings.warn(*args)
    except Exception as e:
        print(type(e).__name__, e)


class Meta(type):
    def __subclasscheck__(cls, sub):
        raise ValueError('no check')


try:
    warnings.warn('m', Meta('M', (), {}))
except Exception as e:
    print(type(e).__name__, e)
