# site: .pth files (paths, import lines, comments, missing dirs, duplicates),
# site.addsitedir, site.getsitepackages/getuserbase, sys.prefix and friends,
# -S, -s, -I and PYTHONUSERBASE with a user site-packages.
import os, subprocess, sys, site, tempfile, sysconfig

tmp = os.path.realpath(tempfile.mkdtemp())
exe = sys.executable
def clean(s):
    return str(s).replace(tmp, "TMP")
sd = os.path.join(tmp, "sitedir")
os.makedirs(os.path.join(sd, "real"))
os.makedirs(os.path.join(sd, "pkgdir", "pthmod"))
with open(os.path.join(sd, "pkgdir", "pthmod", "__init__.py"), "w") as f:
    f.write("V = 'pthmod'\n")
with open(os.path.join(sd, "a.pth"), "w") as f:
    f.write("# comment\nreal\n\npkgdir\nmissing_dir\nreal\nimport sys; sys.pth_ran = getattr(sys, 'pth_ran', 0) + 1\nimport os.path\n")
with open(os.path.join(sd, "b.pth"), "w") as f:
    f.write("import nosuchmodule_x\n")
with open(os.path.join(sd, ".hidden.pth"), "w") as f:
    f.write("hidden\n")
os.makedirs(os.path.join(sd, "hidden"))

before = list(sys.path)
import io, contextlib
err = io.StringIO()
with contextlib.redirect_stderr(err):
    site.addsitedir(sd)
print([clean(p) for p in sys.path if p not in before])
print(getattr(sys, "pth_ran", None))
import pthmod
print(pthmod.V)
e = err.getvalue()
print("Error processing line 1 of" in e, "b.pth" in e, "ModuleNotFoundError" in e, "Remainder of file ignored" in e)

print(type(site.getsitepackages()).__name__, all(isinstance(p, str) for p in site.getsitepackages()))
print(sys.prefix == sys.base_prefix, sys.exec_prefix == sys.base_exec_prefix, sys.prefix == sys.exec_prefix)
print(os.path.isabs(sys.executable), os.path.isabs(sys.prefix))
print(sysconfig.get_python_version(), sysconfig.get_platform().split("-")[0])
print(site.ENABLE_USER_SITE in (True, False, None), site.PREFIXES == [sys.prefix, sys.exec_prefix])
print(site.check_enableusersite())

ub = os.path.join(tmp, "ubase")
us = os.path.join(ub, "lib", "python3.11", "site-packages")
os.makedirs(us)
with open(os.path.join(us, "u.pth"), "w") as f:
    f.write("import sys; print('user pth ran')\n")
with open(os.path.join(us, "usermod.py"), "w") as f:
    f.write("W = 'usermod'\n")
code = "import sys, site; print(site.ENABLE_USER_SITE, site.USER_SITE and site.USER_SITE.replace(%r, 'TMP'), site.USER_BASE.replace(%r, 'TMP')); print([p.replace(%r, 'TMP') for p in sys.path if %r in p])\ntry:\n    import usermod; print(usermod.W)\nexcept ImportError as e: print(e)" % (tmp, tmp, tmp, tmp)
def run(*opts, env=None):
    e = {"PATH": os.environ["PATH"], "LC_ALL": "C.UTF-8", "PYTHONUSERBASE": ub, "HOME": tmp}
    e.update(env or {})
    p = subprocess.run([exe, *opts, "-c", code], capture_output=True, text=True, env=e)
    print(opts, p.returncode)
    print(clean(p.stdout), end="")
    print(clean(p.stderr), end="")
run()
run("-s")
run("-S")
run("-I")
run("-E")
run(env={"PYTHONNOUSERSITE": "1"})
