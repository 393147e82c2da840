# Shared set-up of the cli_* cases: a scratch directory, and run(), which runs
# Krait (or the oracle) with arguments and prints its exit status and output
# with the scratch path, the executable and the stdlib location replaced.
import os, subprocess, sys, tempfile, re, shutil
tmp = tempfile.mkdtemp()
exe = sys.executable
# A case that checks whole tracebacks keeps them untrimmed:
# `import _cli; _cli.trim_tracebacks = False`.
trim_tracebacks = True


def clean(s):
    s = s.replace(tmp, "TMP").replace(exe, "EXE")
    # The standard library's location and line numbers vary between builds.
    s = re.sub(r"/\S*/lib/python3\.11/", "LIB/", s)
    if trim_tracebacks and "Traceback (most recent call last):" in s:
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
