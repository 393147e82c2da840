# A .pyc file given on the command line runs as the program; tracebacks
# show the file name it was compiled with (py_compile's dfile); a file
# without this interpreter's magic number is refused.
import os
import py_compile
import subprocess
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'prog.py')
    with open(src, 'w') as f:
        f.write('import sys\nprint("running", __name__, __file__.endswith(".pyc"), sys.argv[1:])\n'
                'def f():\n    raise ValueError("from the pyc")\nf()\n')
    pyc = py_compile.compile(src, cfile=os.path.join(d, 'prog.pyc'), dfile='/elsewhere/prog.py', doraise=True)
    r = subprocess.run([sys.executable, pyc, 'a', 'b'], capture_output=True, text=True)
    print(r.returncode, r.stdout.strip())
    lines = r.stderr.splitlines()
    print('\n'.join(l for l in lines if l.startswith('  File')), lines[-1], sep='\n')
    bad = os.path.join(d, 'bad.pyc')
    with open(bad, 'wb') as f:
        f.write(b'not a pyc at all')
    r = subprocess.run([sys.executable, bad], capture_output=True, text=True)
    print(r.returncode, r.stderr.strip().splitlines()[-1])
