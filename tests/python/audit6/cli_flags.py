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
run("-m", "json.tool", "--sort-keys", stdin='{"b": 1e400, "a": NaN}')
run("-m", "filecmp", "app", "app")
run("-c", "import sys; print(sys.argv)", "a", "-b")
run("-c", "import sys; sys.stdout.write(sys.stdin.read().upper())", stdin="piped\n")
run("-I", "-c", "import sys; print(sys.flags.isolated, len(sys.path) > 0)")
run("-E", "-s", "-c", "import sys; print(sys.flags.ignore_environment, sys.flags.no_user_site)")
run("-W", "error", "-c", "import warnings; warnings.warn('boom')")
run("-X", "utf8", "-c", "import sys; print(sys.flags.utf8_mode)")
run("-O", "-c", "assert False, 'x'; print('asserts off', __debug__)")
run("-b", "-c", "print(b'a' == 'a')")
run("-bb", "-c", "print(b'a' == 'a')")
run("-q", "-i", "-c", "x = 5", stdin="print(x * 2)\n")
shutil.rmtree(tmp)
