# Stdlib command-line tools through -m: json.tool, timeit, zipfile,
# http.server --help, unittest discover, py_compile, compileall, base64,
# calendar, and site with .pth files (site-packages via a -S / site.addsitedir).
import os, subprocess, sys, tempfile, re

tmp = tempfile.mkdtemp()
exe = sys.executable
def clean(s):
    return s.replace(tmp, "TMP").replace(exe, "EXE").replace(os.path.basename(exe) + " ", "EXE ")
def run(*args, stdin="", env=None, filt=None):
    e = {"PATH": os.environ["PATH"], "LC_ALL": "C.UTF-8", "COLUMNS": "80"}
    e.update(env or {})
    p = subprocess.run([exe, *args], input=stdin, capture_output=True, text=True, env=e, cwd=tmp)
    print("==", [clean(a) for a in args], p.returncode)
    for name, s in (("OUT", p.stdout), ("ERR", p.stderr)):
        s = clean(s)
        if filt and s:
            s = filt(s)
        if "UserWarning: The test results are likely unreliable" in s:
            continue
        if s:
            print(name + ":", s, end="" if s.endswith("\n") else "\n")

run("-m", "json.tool", stdin='{"b": [1, 2.5, null], "a": {"x": "\\u00e9"}}')
run("-m", "json.tool", "--sort-keys", "--indent", "2", stdin='{"b": 1, "a": [true, false]}')
run("-m", "json.tool", "--compact", stdin='{"b": 1, "a": [true, false]}')
run("-m", "json.tool", "--no-ensure-ascii", "--tab", stdin='{"x": "\\u00e9", "y": [1]}')
run("-m", "json.tool", "--json-lines", stdin='{"a": 1}\n[2]\n')
run("-m", "json.tool", stdin='{"a": 1,}')
run("-m", "json.tool", stdin='')
with open(os.path.join(tmp, "in.json"), "w") as f:
    f.write('[1, {"z": null}]')
run("-m", "json.tool", "in.json", "out.json")
print(open(os.path.join(tmp, "out.json")).read())
run("-m", "json.tool", "missing.json")
run("-m", "json.tool", "--bogus")

timing = lambda s: re.sub(r"[0-9.]+ (nsec|usec|msec|sec)", "T unit", re.sub(r"\d+ loops?", "N loops", s))
run("-m", "timeit", "-n", "3", "-r", "2", "x = 1", filt=timing)
run("-m", "timeit", "-s", "import math", "-n", "2", "-r", "1", "math.sqrt(2)", filt=timing)
run("-m", "timeit", "-n", "1", "-r", "1", "1/0", filt=lambda s: "\n".join(l for l in s.splitlines() if not l.startswith("  ")))
run("-m", "timeit", "--bogus")
run("-m", "timeit", "-h", filt=lambda s: s.splitlines()[0] + "\n")

os.makedirs(os.path.join(tmp, "zsrc", "d"))
for n, t in (("zsrc/a.txt", "alpha\n"), ("zsrc/d/b.txt", "beta\n")):
    with open(os.path.join(tmp, n), "w") as f:
        f.write(t)
run("-m", "zipfile", "-c", "t.zip", "zsrc")
run("-m", "zipfile", "-l", "t.zip", filt=lambda s: re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", "DATE", s))
run("-m", "zipfile", "-t", "t.zip")
run("-m", "zipfile", "-e", "t.zip", "out")
print(sorted(os.path.relpath(os.path.join(d, f), tmp) for d, _, fs in os.walk(os.path.join(tmp, "out")) for f in fs))
run("-m", "zipfile", "-l", "nosuch.zip", filt=lambda s: s.strip().splitlines()[-1] + "\n")
run("-m", "zipfile")

run("-m", "http.server", "--help")
run("-m", "http.server", "--bogus")

