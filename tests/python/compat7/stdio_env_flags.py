# PYTHONIOENCODING sets the encoding and errors of stdin/stdout, except
# under -E and -I, which ignore PYTHONIOENCODING like every PYTHON* variable.
import os
import subprocess
import sys

code = "import sys; print(sys.stdin.encoding, sys.stdin.errors, sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors)"
for value in ['latin1', 'latin1:replace', ':ignore', 'utf-8', None]:
    env = {k: v for k, v in os.environ.items() if k != 'PYTHONIOENCODING'}
    env['LC_ALL'] = 'C.UTF-8'
    if value is not None:
        env['PYTHONIOENCODING'] = value
    for flags in [[], ['-E'], ['-I']]:
        out = subprocess.run([sys.executable, *flags, '-c', code], env=env,
                             stdout=subprocess.PIPE, stdin=subprocess.DEVNULL)
        print(value, flags, out.stdout.decode().strip())
