# -W options, PYTHONWARNINGS, -X dev and -b through a subprocess, and the
# default filters.
import os
import subprocess
import sys

code = '''
import warnings, sys
print(sys.warnoptions)
print([(f[0], f[2].__name__, f[3]) for f in warnings.filters])
warnings.warn("u")
warnings.warn("d", DeprecationWarning)
warnings.warn("r", ResourceWarning, source=object())
warnings.warn("p", PendingDeprecationWarning)
'''


def run(*opts, env=None):
    e = dict(os.environ)
    e.pop('PYTHONWARNINGS', None)
    e.pop('PYTHONDEVMODE', None)
    e.update(env or {})
    p = subprocess.run([sys.executable, *opts, '-c', code], capture_output=True, text=True, env=e)
    print(opts, env, p.returncode)
    print(p.stdout, end='')
    print('\n'.join(l for l in p.stderr.splitlines() if not l.startswith('  File')))


run()
run('-W', 'always')
run('-W', 'error::DeprecationWarning')
run('-W', 'ignore', '-W', 'default::UserWarning')
run('-X', 'dev')
run('-b')
run(env={'PYTHONWARNINGS': 'error::ResourceWarning'})
run('-W', 'bogus')
