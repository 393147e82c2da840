# Command-line entry points run with sys.executable -m: calendar for a
# month and for a year.
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
