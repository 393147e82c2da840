# A copy of the interpreter in PREFIX/bin with the standard library in
# PREFIX/lib/python3.11 takes PREFIX as sys.prefix (CPython's getpath
# landmark search), and so does a virtual environment created from it.
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile

with tempfile.TemporaryDirectory() as d:
    d = os.path.realpath(d)
    bindir = os.path.join(d, 'bin')
    os.mkdir(bindir)
    exe = os.path.join(bindir, os.path.basename(sys.executable))
    shutil.copy2(sys.executable, exe)
    os.mkdir(os.path.join(d, 'lib'))
    os.symlink(os.path.dirname(os.__file__), os.path.join(d, 'lib', 'python3.11'))
    env = {'PATH': os.environ.get('PATH', ''), 'LD_LIBRARY_PATH': sysconfig.get_config_var('LIBDIR') or ''}
    code = 'import sys, os; print(sys.prefix, sys.path[1:3], os.__file__)'
    out = subprocess.run([exe, '-S', '-c', code], env=env, capture_output=True, text=True)
    print(out.stdout.replace(d, 'PREFIX').strip(), out.returncode)
    venv = os.path.join(d, 'venv')
    r = subprocess.run([exe, '-m', 'venv', '--without-pip', venv], env=env, capture_output=True, text=True)
    print('venv', r.returncode, r.stderr.strip()[-200:])
    vexe = os.path.join(venv, 'bin', os.path.basename(sys.executable))
    out = subprocess.run([vexe, '-S', '-c', code], env=env, capture_output=True, text=True)
    print(out.stdout.replace(d, 'PREFIX').strip(), out.returncode)
