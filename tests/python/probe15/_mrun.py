# The shared runner of the m_modules* cases: runs sys.executable with args and prints
# its exit status, stdout, and the last line of stderr (timings masked on request).
import re, subprocess, sys


def run(args, inp=None, cwd=None, mask=False):
    r = subprocess.run([sys.executable, *args], input=inp, capture_output=True, text=True, cwd=cwd)
    out = r.stdout
    if mask:
        out = re.sub(r"[\d.]+ (usec|msec|sec|nsec)", "T unit", out)
        out = re.sub(r"\d+ loops?", "N loops", out)
        out = re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", "DATE", out)
    print("$", " ".join(args), "->", r.returncode)
    print(out.rstrip())
    if r.stderr and not mask:
        print("[stderr]", r.stderr.rstrip().splitlines()[-1].replace(sys.executable, "PY"))
