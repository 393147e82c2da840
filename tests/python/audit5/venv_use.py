# A virtual environment made with -m venv: its python is sys.executable
# there, sys.prefix is the environment, its site-packages (and .pth files
# in it) are on sys.path, and system site-packages are left out.
import os, subprocess, sys, tempfile
tmp = os.path.realpath(tempfile.mkdtemp())
env_dir = os.path.join(tmp, "env")
p = subprocess.run([sys.executable, "-m", "venv", "--without-pip", env_dir], capture_output=True, text=True)
print(p.returncode, p.stderr)
cfg = open(os.path.join(env_dir, "pyvenv.cfg")).read()
print(sorted(l.split("=")[0].strip() for l in cfg.splitlines() if l))
print("include-system-site-packages = false" in cfg)
sp = os.path.join(env_dir, "lib", "python3.11", "site-packages")
print(os.path.isdir(sp), sorted(os.listdir(os.path.join(env_dir, "bin")))[:0])
with open(os.path.join(sp, "venvmod.py"), "w") as f:
    f.write("WHERE = 'venv'\n")
os.makedirs(os.path.join(tmp, "extra"))
with open(os.path.join(tmp, "extra", "extramod.py"), "w") as f:
    f.write("E = 'extra via pth'\n")
with open(os.path.join(sp, "x.pth"), "w") as f:
    f.write(os.path.join(tmp, "extra") + "\n")
code = r'''
import sys, os, site
t = %r
c = lambda s: s.replace(t, "TMP")
print(c(sys.executable), c(sys.prefix), c(sys.exec_prefix), sys.prefix != sys.base_prefix)
print([c(p) for p in sys.path if t in p])
import venvmod, extramod
print(venvmod.WHERE, extramod.E, c(venvmod.__file__))
print(site.ENABLE_USER_SITE, c(site.PREFIXES[0]))
''' % tmp
py = os.path.join(env_dir, "bin", "python")
p = subprocess.run([py, "-c", code], capture_output=True, text=True, env={"PATH": os.environ["PATH"]})
print(p.returncode, p.stdout, p.stderr)
p = subprocess.run(["python", "-c", "import sys; print(sys.executable.endswith('/env/bin/python'), sys.prefix.endswith('/env'))"],
                   capture_output=True, text=True, env={"PATH": os.path.join(env_dir, "bin") + ":" + os.environ["PATH"]})
print(p.returncode, p.stdout, p.stderr)
p = subprocess.run([py, "-I", "-c", "import sys; print(sys.prefix.endswith('/env'))"], capture_output=True, text=True)
print(p.returncode, p.stdout, p.stderr)
