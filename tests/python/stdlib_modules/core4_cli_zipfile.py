# Command-line entry points run with sys.executable -m: zipfile -l, -t
# and -e on an archive with fixed dates.
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
