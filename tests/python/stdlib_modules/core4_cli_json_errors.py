# Command-line entry points run with sys.executable -m: json.tool
# --compact and a malformed document.
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


code, out, err = run("-m", "json.tool", "--compact", stdin='{"b": 1, "a": [1, 2]}')
print(code, out)
code, out, err = run("-m", "json.tool", stdin="{bad json}")
print(code, repr(out), err.strip())
