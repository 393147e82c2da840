# warn(source=...) under each action: the display goes through
# warnings._showwarnmsg with the source in WarningMessage.source.
import sys
import warnings

sys.stderr = sys.stdout
src = object()
for action in ['always', 'default', 'module', 'once', 'ignore', 'error']:
    warnings.resetwarnings()
    warnings.simplefilter(action)
    for i in range(2):
        try:
            warnings.warn('src-' + action, ResourceWarning, source=src)
            warnings.warn('user-' + action, UserWarning, source=src)
        except Warning as e:
            print('raised', type(e).__name__, e)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('rec', ResourceWarning, source=src)
    warnings.warn('rec2', source=None)
for m in log:
    print(m.message, m.category.__name__, m.filename, m.lineno, m.file, m.line, m.source is src)
    print(str(m))
