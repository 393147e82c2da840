# __warningregistry__, onceregistry, the version key and _filters_mutated.
import sys
import warnings

sys.stderr = sys.stdout


def reg():
    return sorted((repr(k), v) for k, v in globals().get('__warningregistry__', {}).items())


warnings.resetwarnings()
warnings.simplefilter('default')
for i in range(3):
    warnings.warn('dflt')
print(reg())
warnings.simplefilter('module')
for i in range(2):
    warnings.warn('mod')
warnings.warn('mod')
print(reg())
warnings.simplefilter('once')
warnings.warn('once1')
warnings.warn('once1')
print(reg())
print(warnings.onceregistry)
r = {}
for i in range(2):
    warnings.warn_explicit('exp', UserWarning, 'file.py', 3, registry=r)
print(sorted(map(repr, r.items())))
for i in range(2):
    warnings.warn_explicit('exp-none', UserWarning, 'file.py', 3, registry=None)
print(sorted(map(repr, warnings.onceregistry.items())))
warnings.simplefilter('default')
r = {'version': -1, ('stale', UserWarning, 1): True}
warnings.warn_explicit('stale', UserWarning, 'f', 1, registry=r)
print(sorted(map(repr, r.items())))
r[('pre', UserWarning, 9)] = True
warnings.warn_explicit('pre', UserWarning, 'f', 9, registry=r)
r[('pre0', UserWarning, 9)] = 0
warnings.warn_explicit('pre0', UserWarning, 'f', 9, registry=r)
v = r['version']
warnings._filters_mutated()
warnings.warn_explicit('pre', UserWarning, 'f', 9, registry=r)
print(r['version'] - v)
try:
    warnings.warn_explicit('x', UserWarning, 'f', 1, registry=[])
except TypeError as e:
    print(e)
try:
    warnings.warn_explicit('x', UserWarning, 'f', 1, module=None)
    print('module None ignored')
except TypeError as e:
    print(e)
warnings.simplefilter('always')
warnings.warn('a1')
warnings.warn('a1')
print(len(reg()))
