import os, subprocess, sys, tempfile, re, shutil
tmp = tempfile.mkdtemp()
exe = sys.executable
def clean(s):
    return s.replace(tmp, "TMP").replace(exe, "EXE")
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
w("data.txt", "hello gzip\n" * 3)
run("-m", "gzip", "data.txt")
print(sorted(os.listdir(tmp)))
run("-m", "gzip", "-d", "data.txt.gz")
run("-m", "gzip", "-d", "nosuch.gz", filt=lambda s: s.strip().splitlines()[-1] + "\n")
run("-m", "gzip", "--fast", "-", stdin=b"abc", text=False, filt=lambda s: "binary\n")
run("-m", "gzip", "-h")
os.makedirs(os.path.join(tmp, "tsrc", "sub"))
w("tsrc/one.txt", "1\n"); w("tsrc/sub/two.txt", "2\n")
run("-m", "tarfile", "-c", "t.tar", "tsrc")
run("-m", "tarfile", "-l", "t.tar")
run("-m", "tarfile", "-v", "-l", "t.tar", filt=lambda s: re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", "DATE", re.sub(r"\S+/\S+ +\d+", "OWNER SIZE", s)))
run("-m", "tarfile", "-t", "t.tar", filt=lambda s: re.sub(r" at 0x[0-9a-f]+", "", s))
run("-m", "tarfile", "-e", "t.tar", "tout")
print(sorted(os.path.relpath(os.path.join(d, f), tmp) for d, _, fs in os.walk(os.path.join(tmp, "tout")) for f in fs))
run("-m", "tarfile", "-l", "nosuch.tar")
run("-m", "tarfile", "-l", "data.txt")
run("-m", "tarfile")
run("-m", "tarfile", "-c", "x.tgz", "tsrc/one.txt")
run("-m", "tarfile", "-l", "x.tgz")
w("pkg/__init__.py", "")
w("pkg/good.py", "x = 1\n")
w("pkg/bad.py", "def f(:\n")
run("-m", "compileall", "-q", "pkg", filt=lambda s: re.sub(r"\(.*\)", "(..)", s))
run("-m", "compileall", "pkg/good.py")
run("-m", "compileall", "-l", "-f", "pkg", filt=lambda s: s)
run("-m", "py_compile", "pkg/good.py", "pkg/bad.py")
run("-m", "py_compile", "-", stdin="pkg/good.py\nnosuch.py\n")
shutil.rmtree(tmp)
