# stacklevel above 1 skips importlib's bootstrap frames: a module that
# warns at import with stacklevel=2 blames the importing line.
import os
import shutil
import sys
import tempfile
import warnings

d = tempfile.mkdtemp()
with open(os.path.join(d, 'warnmod5.py'), 'w') as f:
    f.write('import warnings\nwarnings.warn("from module", DeprecationWarning, stacklevel=2)\n'
            'warnings.warn("level one", UserWarning)\n'
            'warnings.warn("level three", UserWarning, stacklevel=3)\n')
sys.path.insert(0, d)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    import warnmod5
for m in w:
    print(m.message, os.path.basename(m.filename), m.lineno)
print(sorted(k[0] for k in __warningregistry__ if k != 'version') if '__warningregistry__' in globals() else 'no registry')
print(sorted(str(k[0]) for k in warnmod5.__warningregistry__ if k != 'version'))
shutil.rmtree(d)
