# Command-line entry points run with sys.executable -m: base64 -e and
# uuid -u uuid5.
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


code, out, err = run("-m", "base64", "-e", stdin="hello")
print(code, repr(out))
code, out, err = run("-m", "uuid", "-u", "uuid5", "-n", "@dns", "-N", "python.org")
print(code, repr(out))
