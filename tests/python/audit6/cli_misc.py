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
shutil.rmtree(tmp)
