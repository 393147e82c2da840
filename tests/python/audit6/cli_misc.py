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
os.makedirs(os.path.join(tmp, "tsrc", "sub")); os.makedirs(os.path.join(tmp, "tout", "tsrc", "sub"))
for n in ("tsrc/one.txt", "tout/tsrc/one.txt"): w(n, "1\n")
w("tsrc/sub/two.txt", "2\n")
run("-m", "base64", "-d", stdin="aGVsbG8=\n")
run("-m", "base64", "-t")
run("-m", "base64", "-x")
run("-m", "calendar", "-t", "text", "2023", "12")
run("-m", "calendar", "2023", "13")
run("-m", "calendar", "-w", "3", "-l", "2", "2000", "1")
run("-m", "calendar", "-t", "html", "2000", "1", filt=lambda s: str(s.count("<tr>")) + "\n")
run("-m", "json.tool", "--indent", "1", "--sort-keys", stdin='{"z": [1, {"b": 2, "a": 1}], "a": null}')
run("-m", "mimetypes", "x.json", "y.unknownext")
run("-m", "mimetypes", "-e", "text/html")
run("-m", "uuid", "-u", "uuid3", "-n", "@dns", "-N", "example.com")
run("-m", "uuid", "-u", "uuid5", "-n", "@url", "-N", "http://x")
run("-m", "uuid", "-u", "uuid3")
run("-m", "filecmp", "tsrc", "tout/tsrc")
run("-m", "shlex", stdin="a 'b c' \"d\"")
run("-m", "textwrap")
run("-m", "inspect", "json:dumps", filt=lambda s: s.splitlines()[0] + "\n")
run("-m", "inspect", "-d", "json", filt=lambda s: "\n".join(l for l in s.splitlines() if not l.startswith("Origin") and not l.startswith("Cached") and not l.startswith("Loader")) + "\n")
run("-m", "inspect", "nosuchmod")
run("-m", "pickletools", "-h", filt=lambda s: s.splitlines()[0] + "\n")
run("-m", "zipapp", "-h", filt=lambda s: s.splitlines()[0] + "\n")
run("-m", "http.server", "-h")
run("-m", "code", "-q", stdin="print(6*7)\n")
run("-m", "quopri", stdin="h\u00e9llo=\n")
run("-m", "encodings.rot_13", stdin="Hello")
run("-m", "unittest", "-h", filt=lambda s: s.splitlines()[-1] + "\n")
shutil.rmtree(tmp)
