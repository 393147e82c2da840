# Filter matching: message and module regexes, categories, line numbers,
# defaultaction, invalid filters and Unrecognized action.
import re
import sys
import warnings

sys.stderr = sys.stdout


def show(label, fn):
    try:
        fn()
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, e)


warnings.resetwarnings()
warnings.filterwarnings('error', message='bad')
warnings.filterwarnings('ignore', message='.*quiet')
warnings.filterwarnings('error', category=DeprecationWarning, module='__main__')
warnings.filterwarnings('always', lineno=29)
show('bad', lambda: warnings.warn('bad thing'))
show('notbad', lambda: warnings.warn('not bad'))
show('quiet', lambda: warnings.warn('very quiet'))
show('dep', lambda: warnings.warn('d', DeprecationWarning))
show('line', lambda: warnings.warn('on line 29'))
show('explicit-mod', lambda: warnings.warn_explicit('d', DeprecationWarning, 'x.py', 5, module='other'))
show('explicit-norm', lambda: warnings.warn_explicit('d', DeprecationWarning, '__main__.py', 5))
show('explicit-empty', lambda: warnings.warn_explicit('q', UserWarning, '', 7))
warnings.filters.insert(0, ('bogus', None, Warning, None, 0))
show('bogus', lambda: warnings.warn('x'))
warnings.filters[0] = ('always', None)
show('short', lambda: warnings.warn('x'))
warnings.filters[0] = (1, None, Warning, None, 0)
show('intaction', lambda: warnings.warn('x'))
warnings.filters[0] = ('always', 5, Warning, None, 0)
show('intmsg', lambda: warnings.warn('x'))
warnings.filters[0] = ('always', 'x', Warning, None, 0)
show('strmsg', lambda: warnings.warn('x'))
warnings.filters[0] = ('error', re.compile('Y', re.I), Warning, None, 0)
show('regex-i', lambda: warnings.warn('yes'))
del warnings.filters[0]
warnings.resetwarnings()
warnings.defaultaction = 'error'
show('defaultaction', lambda: warnings.warn('dflt'))
warnings.defaultaction = 'nonsense'
show('nonsense', lambda: warnings.warn('dflt2'))
warnings.defaultaction = 3
show('int-default', lambda: warnings.warn('dflt3'))
warnings.defaultaction = 'default'
saved = warnings.filters
warnings.filters = ()
show('tuple-filters', lambda: warnings.warn('t'))
warnings.filters = saved
show('message-instance', lambda: warnings.warn(RuntimeWarning('inst'), UserWarning))
warnings.simplefilter('error')
try:
    warnings.warn(FutureWarning('fut'))
except FutureWarning as e:
    print('instance raised', repr(e), e.args)
try:
    warnings.warn(42)
except UserWarning as e:
    print('int message', repr(e), e.args)
