# sys.path[0] (the script's directory, the current directory for -m, ''
# for -c) is added after site has run, as in CPython: site's own imports
# (sitecustomize, usercustomize, .pth lines) do not see modules in the
# current directory, and site does not make '' absolute.
import os
import subprocess
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    for name in ['sitecustomize', 'usercustomize']:
        with open(os.path.join(d, name + '.py'), 'w') as f:
            f.write('print("LOCAL %s imported")\n' % name)
    with open(os.path.join(d, 'show.py'), 'w') as f:
        f.write('import sys, os\nprint("path0:", sys.path[0].replace(os.getcwd(), "CWD"))\n')
    for args in (['-c', 'import sys; print("path0:", repr(sys.path[0]))'], ['show.py'], ['-m', 'show'],
                 ['-S', '-c', 'import sys; print("path0:", repr(sys.path[0]))'],
                 ['-P', '-c', 'import sys; print("first:", sys.path[0].startswith("/"))']):
        r = subprocess.run([sys.executable, *args], cwd=d, capture_output=True, text=True)
        print(args[0], r.returncode, r.stdout.strip().replace(d, 'DIR'), r.stderr.strip()[-200:])
