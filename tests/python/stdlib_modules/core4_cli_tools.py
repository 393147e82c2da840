# Command-line entry points of stdlib modules, run with sys.executable -m:
# calendar, zipfile -l/-t/-e, timeit (output shape), platform (same as
# platform.platform() in this process).
import os
import platform
import re
import subprocess
import sys
import tempfile
import zipfile


def run(*args, stdin=None):
    r = subprocess.run([sys.executable, *args], input=stdin, capture_output=True, text=True)
    return r.returncode, r.stdout, r.stderr


code, out, err = run("-m", "calendar", "2024", "1")
print(code, out)
code, out, err = run("-m", "calendar", "-t", "text", "2023")
print(code, out.splitlines()[:4], len(out.splitlines()))
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "t.zip")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("hello.txt", (2020, 5, 17, 12, 30, 4)), "hello world")
        z.writestr(zipfile.ZipInfo("dir/b.bin", (2021, 1, 2, 3, 4, 6)), b"\x00" * 100)
    code, out, err = run("-m", "zipfile", "-l", path)
    print(code, out)
    code, out, err = run("-m", "zipfile", "-t", path)
    print(code, out)
    code, out, err = run("-m", "zipfile", "-e", path, os.path.join(d, "x"))
    print(code, sorted(os.listdir(os.path.join(d, "x"))), open(os.path.join(d, "x", "hello.txt")).read())
code, out, err = run("-m", "timeit", "-n", "100", "-r", "3", "x = 1")
print(code, re.sub(r"[\d.]+ (nsec|usec|msec|sec)", "T", out.strip()))
code, out, err = run("-m", "timeit", "-n", "1000", "-s", "import math", "math.sqrt(2)")
print(code, re.sub(r"^1000 loops, best of 5: [\d.]+ (nsec|usec|msec|sec) per loop$", "SHAPE", out.strip()))
code, out, err = run("-m", "platform")
print(code, out.strip() == platform.platform())
