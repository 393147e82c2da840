# Command-line arguments that are not ASCII decode byte by byte to
# surrogates in the C/POSIX locale kept by LC_ALL outside UTF-8 Mode, and
# as UTF-8 in UTF-8 Mode; os.fsencode gives the bytes back either way.
import os
import subprocess
import sys

arg = 'h\xe9\u20ac'.encode('utf-8')
code = 'import os, sys; print(ascii(sys.argv[1:]), os.fsencode(sys.argv[1]))'
for loc in ('C', 'POSIX'):
    for opt in ('utf8=0', 'utf8', 'utf8=1'):
        env = dict(os.environ, LC_ALL=loc)
        env.pop('PYTHONUTF8', None)
        r = subprocess.run([sys.executable, '-X', opt, '-c', code, arg], capture_output=True, env=env)
        print(loc, opt, r.returncode, r.stdout.decode('ascii').strip(), r.stderr)
