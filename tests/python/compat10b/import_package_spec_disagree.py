# A relative import from globals whose __package__ and __spec__.parent differ
# warns (ImportWarning); agreeing ones do not.
import warnings


class FakeSpec:
    def __init__(self, parent):
        self.parent = parent


def try_import(g):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            __import__('', g, {}, ['x'], 1)
        except ImportError as e:
            print(type(e).__name__, e)
    for x in w:
        print(x.category.__name__, x.message)


try_import({'__package__': 'json', '__spec__': FakeSpec('json.decoder')})
try_import({'__package__': 'json', '__spec__': FakeSpec('json')})
try_import({'__package__': 'json'})
try_import({'__name__': 'json.x'})
try_import({'__package__': 'json', '__spec__': None})
