# -x skips a script's first line but keeps line numbers; -VV prints the
# full sys.version; -h lists every single-letter option python3 has.
import os
import subprocess
import sys
import tempfile

def run(*args, stdin=None):
    p = subprocess.run([sys.executable, *args], input=stdin, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr.strip().splitlines()[-1:] if p.stderr else []

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "prog.py")
    with open(path, "w") as f:
        f.write("this is not Python (\nimport sys\nprint(sys.argv[1:])\n1/0\n")
    rc, out, err = run("-x", path, "a", "b")
    print(rc, out, err)
    p = subprocess.run([sys.executable, "-x", path], capture_output=True, text=True)
    print([l.split(",", 1)[1] for l in p.stderr.splitlines() if "line" in l])
    rc, out, err = run(path)
    print(rc, out, err)
    # -x applies to script files only, not to stdin.
    rc, out, err = run("-x", "-", stdin="bad (\nprint(1)\n")
    print(rc, out, err)
    with open(path, "w") as f:
        f.write("only one line (")
    print(run("-x", path))

rc, out, err = run("-VV")
print(rc, out.strip() == "Python " + sys.version, err)
rc, out, err = run("-V")
print(rc, out)
rc, out, err = run("-h")
opts = sorted({line[1] for line in out.splitlines() if len(line) > 2 and line[0] == "-" and line[1].isalpha()})
print(rc, "".join(opts))
