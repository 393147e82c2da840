import os, subprocess, sys, tempfile, re, shutil
tmp = tempfile.mkdtemp()
exe = sys.executable
def clean(s):
    s = s.replace(tmp, "TMP").replace(exe, "EXE")
    # The standard library's location and line numbers vary between builds.
    s = re.sub(r"/\S*/lib/python3\.11/", "LIB/", s)
    if "Traceback (most recent call last):" in s:
        lines = s.splitlines()
        s = lines[0] + "\n...\n" + lines[-1] + "\n"
    return s
def run(*args, stdin="", env=None, filt=None, text=True):
    e = {"PATH": os.environ["PATH"], "LC_ALL": "C.UTF-8", "COLUMNS": "80"}
    e.update(env or {})
    p = subprocess.run([exe, *args], input=stdin, capture_output=True, text=text, env=e, cwd=tmp)
    print("==", [clean(a) for a in args], p.returncode)
    for name, s in (("OUT", p.stdout), ("ERR", p.stderr)):
        if not text:
            s = repr(s)
        s = clean(s)
        if filt and s:
            s = filt(s)
        if s:
            print(name + ":", s, end="" if s.endswith("\n") else "\n")
def w(name, text):
    os.makedirs(os.path.dirname(os.path.join(tmp, name)) or tmp, exist_ok=True)
    with open(os.path.join(tmp, name), "w") as f:
        f.write(text)
w("pkg/__init__.py", "")
w("pkg/good.py", "x = 1\n")
w("pkg/bad.py", "def f(:\n")
run("-m", "compileall", "-q", "pkg", filt=lambda s: re.sub(r"\(.*\)", "(..)", s))
run("-m", "compileall", "pkg/good.py")
run("-m", "compileall", "-l", "-f", "pkg", filt=lambda s: s)
run("-m", "py_compile", "pkg/good.py", "pkg/bad.py")
run("-m", "py_compile", "-", stdin="pkg/good.py\nnosuch.py\n")
shutil.rmtree(tmp)
