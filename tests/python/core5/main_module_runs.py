# __main__'s loader attributes for -c, stdin and scripts; a directory or
# zip archive given as the script runs its __main__ (even with -I); a zip
# archive on PYTHONPATH imports from the start.
import os
import subprocess
import sys
import tempfile
import zipfile

SHOW = ("import sys\n"
        "print(__name__, type(__loader__).__name__ if not isinstance(__loader__, type) else __loader__.__name__,"
        " (lambda c: c if c in (None, 'unset') else c.endswith('.pyc'))(globals().get('__cached__', 'unset')),"
        " __spec__ is None,"
        " __file__.replace(sys.argv[1] if len(sys.argv) > 1 else '', 'D') if '__file__' in globals() else 'no file')\n")


def run(*args, stdin=None, env=None, cwd=None):
    r = subprocess.run([sys.executable, *args], input=stdin, capture_output=True, text=True,
                       env=env, cwd=cwd)
    err = r.stderr.strip().splitlines()[-1:] if r.returncode else []
    return r.returncode, r.stdout.strip(), [e.split(": ", 1)[-1] for e in err]


with tempfile.TemporaryDirectory() as d:
    print(run("-c", SHOW))
    print(run("-", stdin=SHOW))
    script = os.path.join(d, "s.py")
    with open(script, "w") as f:
        f.write(SHOW)
    print(run(script, d))
    os.mkdir(os.path.join(d, "app"))
    with open(os.path.join(d, "app", "__main__.py"), "w") as f:
        f.write(SHOW + "print(sys.argv[0] == sys.path[0], sys.path[0].endswith('app'))\n")
    print(run(os.path.join(d, "app"), d))
    print(run("-I", os.path.join(d, "app"), d))
    os.mkdir(os.path.join(d, "empty"))
    rc, out, err = run(os.path.join(d, "empty"))
    print(rc, out, [e.replace(d, "D") for e in err])
    z = os.path.join(d, "app.zip")
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("__main__.py", "import sys\nprint('zip main', __name__, sys.path[0].endswith('app.zip'))\n")
        zf.writestr("pkg/__init__.py", "")
        zf.writestr("pkg/mod.py", "print('pkg.mod from zip', __name__)\n")
    print(run(z))
    env = dict(os.environ, PYTHONPATH=z)
    print(run("-m", "pkg.mod", env=env, cwd=d))
