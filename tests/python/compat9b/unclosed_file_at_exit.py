# Files still open at exit warn "sys:1: ResourceWarning: unclosed file"
# under -W default (the outermost layer only), raise an unraisable
# exception under -W error, and say nothing under the default filters.
import os
import subprocess
import sys
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt')
with open(p, 'w') as f:
    f.write('x')

programs = [
    "f = open(%r, encoding='utf-8')",
    "import warnings; f = open(%r, 'rb')",
    "f = open(%r, 'rb', buffering=0)",
    "f = open(%r, 'ab')",
    "f = open(%r, encoding='utf-8'); f.close()",
    "import os; f = open(os.open(%r, os.O_RDONLY), closefd=False)",
]
for prog in programs:
    for opts in (['-W', 'default'], ['-W', 'error'], []):
        r = subprocess.run([sys.executable, *opts, '-c', prog % p], capture_output=True, text=True)
        print(opts, prog.split(';')[-1].strip()[:30], r.returncode, repr(r.stderr.replace(p, 'P')))
os.remove(p)
os.rmdir(d)
