import os, subprocess, sys, tempfile, re, shutil, pickle
tmp = tempfile.mkdtemp()
exe = sys.executable
def clean(s):
    s = s.replace(tmp, "TMP").replace(exe, "EXE")
    s = re.sub(r"/\S*/lib/python3\.11/", "LIB/", s)
    return s
def run(*args, stdin="", filt=None):
    e = {"PATH": os.environ["PATH"], "LC_ALL": "C.UTF-8", "COLUMNS": "80"}
    p = subprocess.run([exe, *args], input=stdin, capture_output=True, text=True, env=e, cwd=tmp)
    print("==", [clean(a) for a in args], p.returncode)
    for name, s in (("OUT", p.stdout), ("ERR", p.stderr)):
        s = clean(s)
        if filt and s:
            s = filt(s)
        if s:
            print(name + ":", s, end="" if s.endswith("\n") else "\n")
def w(name, text):
    path = os.path.join(tmp, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
w("app/__main__.py", "import sys\nfrom app_helper import greet\nprint(greet(sys.argv[1:]))\n")
w("app/app_helper.py", "def greet(a):\n    return 'hello ' + ','.join(a)\n")
run("-m", "zipapp", "app", "-o", "app.pyz")
run("app.pyz", "x", "y")
run("-m", "zipapp", "app.pyz", "--info")
run("-m", "zipapp", "app", "-m", "app_helper:greet", "-o", "app2.pyz")
run("-m", "zipapp", "nosuchdir")
with open(os.path.join(tmp, "data.pkl"), "wb") as f:
    pickle.dump({"a": [1, 2.5, "s"], "b": (None, True)}, f, protocol=2)
run("-m", "pickletools", "data.pkl")
run("-m", "pickletools", "-a", "data.pkl")
w("doc.txt", "Example\n=======\n\n>>> 1 + 1\n2\n>>> print('x')\ny\n>>> [1, 2]\n[1, 2]\n")
run("-m", "doctest", "doc.txt")
run("-m", "doctest", "-v", "doc.txt", filt=lambda s: s)
w("mod_doc.py", "def f(x):\n    '''\n    >>> f(2)\n    4\n    >>> f('a')\n    'aa'\n    '''\n    return x * 2\n")
run("-m", "doctest", "mod_doc.py")
run("-m", "doctest", "-v", "mod_doc.py")
w("tabs.py", "if True:\n\tx = 1\n        y = 2\n")
run("-m", "tabnanny", "tabs.py")
w("good.py", "def f():\n    return 1\n")
run("-m", "tabnanny", "-v", "good.py")
shutil.rmtree(tmp)
