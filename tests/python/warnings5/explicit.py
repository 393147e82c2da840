# warn_explicit: argument checks, module_globals and its __loader__'s
# source line, module normalisation, and the plain display without
# warnings._showwarnmsg.
import sys
import warnings
import _warnings

sys.stderr = sys.stdout
warnings.simplefilter('always')


class Loader:
    def get_source(self, name):
        return 'line one\n    line two\nline three\n'


g = {'__loader__': Loader(), '__name__': 'fake'}
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn_explicit('m', UserWarning, 'fake.py', 2, module_globals=g)
    warnings.warn_explicit('m', UserWarning, 'fake.py', 2, module_globals={})
print([(x.filename, x.lineno, x.line) for x in w])
for bad in [dict(lineno=9), dict(lineno=0)]:
    try:
        warnings.warn_explicit('m', UserWarning, 'fake.py', module_globals=g, **bad)
    except Exception as e:
        print(type(e).__name__, e)
for args in [('x',), ('x', UserWarning), ('x', UserWarning, 3, 1), ('x', UserWarning, 'f', 'l'),
             ('x', UserWarning, 'f', 1.5), ('x', UserWarning, 'f', 2 ** 40), ('x', UserWarning, 'f', 2 ** 70),
             ('x', int, 'f', 1)]:
    try:
        _warnings.warn_explicit(*args)
        print('ok', args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    _warnings.warn_explicit('x', UserWarning, 'f', 1, module_globals=[])
except TypeError as e:
    print(e)
# The plain display: no _showwarnmsg in warnings.
saved = warnings._showwarnmsg
del warnings._showwarnmsg
_warnings.warn_explicit('plain', UserWarning, 'some/file.py', 4)
_warnings.warn_explicit('plain2', UserWarning, 'fake.py', 2, module_globals=g)
warnings._showwarnmsg = 5
try:
    _warnings.warn('notcallable')
except TypeError as e:
    print(e)
warnings._showwarnmsg = saved
print(_warnings.filters is warnings.filters, _warnings._onceregistry is warnings.onceregistry)
print(_warnings._defaultaction, warnings._warnings_defaults if hasattr(warnings, '_warnings_defaults') else 'gone')
print(sorted(n for n in dir(_warnings) if not n.startswith('__')))
