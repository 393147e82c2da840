# Compile-time warnings go through _warnings as PyErr_WarnExplicitObject
# (no import of warnings.py; module from the file name; no registry),
# and one the filters make an error becomes a SyntaxError.
import subprocess
import sys

code = r'''
import sys
compile('x = "\\d"', 'f.py', 'exec')
print('warnings' in sys.modules)
compile('1 is 1', 'g.py', 'exec')
import warnings
warnings.filterwarnings('error', module='h')
compile('1 is 1', 'g.py', 'exec')
try:
    compile('1 is 1', 'h.py', 'exec')
except SyntaxError as e:
    print('SyntaxError', e)
warnings.resetwarnings()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    compile('1 is 1\nx = "\\d"', 'k.py', 'exec')
for m in w:
    print(m.filename, m.lineno, m.category.__name__, m.message)
'''
p = subprocess.run([sys.executable, '-S', '-c', code], capture_output=True, text=True)
print(p.returncode)
print(p.stdout, end='')
print(p.stderr)
