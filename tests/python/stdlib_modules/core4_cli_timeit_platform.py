# Command-line entry points run with sys.executable -m: timeit (output
# shape) and platform (same as platform.platform() in this process).
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


code, out, err = run("-m", "timeit", "-n", "100", "-r", "3", "x = 1")
print(code, re.sub(r"[\d.]+ (nsec|usec|msec|sec)", "T", out.strip()))
code, out, err = run("-m", "timeit", "-n", "1000", "-s", "import math", "math.sqrt(2)")
print(code, re.sub(r"^1000 loops, best of 5: [\d.]+ (nsec|usec|msec|sec) per loop$", "SHAPE", out.strip()))
code, out, err = run("-m", "platform")
print(code, out.strip() == platform.platform())
