# A script's buffered stdout reaches the fd before the traceback of an
# uncaught exception (CPython's flush_io), but a -c program's does not;
# merged into one pipe, the order shows which happened.
import subprocess, sys, os, tempfile

def merged(args, src=None):
    r = subprocess.run([sys.executable, *args], input=src, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True)
    out = [l for l in r.stdout.splitlines() if not l.startswith("  ")]
    return r.returncode, out

prog = "import sys\nprint('out 1')\nprint('err 1', file=sys.stderr)\nprint('out 2')\nraise ValueError('boom')\n"
d = tempfile.mkdtemp()
path = os.path.join(d, "prog.py")
with open(path, "w") as f:
    f.write(prog)
print(merged([path]))
print(merged(["-"], prog))
print(merged(["-c", prog]))
print(merged(["-c", "import sys; print('a'); sys.exit('bye')"]))
exitprog = "import sys\nprint('before')\nsys.exit('exit message')\n"
with open(path, "w") as f:
    f.write(exitprog)
print(merged([path]))
os.remove(path)
os.rmdir(d)
