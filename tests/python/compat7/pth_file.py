# A ._pth file beside the executable (named after it) replaces sys.path
# with its lines relative to its directory, ignores PYTHONPATH and turns
# site off unless it has an "import site" line.
import os
import subprocess
import sys
import tempfile
import sysconfig

stdlib = os.path.dirname(os.__file__)
code = ('import sys; print(sys.flags.no_site, sys.flags.isolated, sys.flags.ignore_environment, '
        'sys.flags.safe_path, sys.flags.no_user_site); print("\\n".join(sys.path))')
with tempfile.TemporaryDirectory() as d:
    d = os.path.realpath(d)
    exe = os.path.join(d, os.path.basename(sys.executable))
    os.symlink(sys.executable, exe)
    for lines in [['#.', '# ..', stdlib, '.', '..', 'sub/dir', ''],
                  ['fake-path-name', stdlib, '', '# comment', 'import site']]:
        with open(exe + '._pth', 'w') as f:
            for line in lines:
                print(line, file=f)
        env = dict(os.environ, PYTHONPATH='from-env')
        out = subprocess.run([exe, '-c', code], env=env, stdout=subprocess.PIPE, text=True)
        first, *paths = out.stdout.splitlines()
        print(out.returncode, first)
        for p in paths:
            if p == stdlib:
                print('  <stdlib>')
            elif p.startswith(d):
                print('  <dir>' + p[len(d):])
            elif p == os.path.dirname(d):
                print('  <parent>')
            elif 'from-env' in p:
                print('  from-env!')
