# Command-line entry points of stdlib modules, run with sys.executable -m:
# json.tool (default, sorted, compact, bad input), base64 -e, uuid.
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


code, out, err = run("-m", "json.tool", stdin='{"b": [1, 2, {"c": null}], "a": "\\u00e9"}')
print(code, out)
code, out, err = run("-m", "json.tool", "--sort-keys", "--indent", "1", stdin='{"b": 1, "a": [true]}')
print(code, out)
code, out, err = run("-m", "json.tool", "--compact", stdin='{"b": 1, "a": [1, 2]}')
print(code, out)
code, out, err = run("-m", "json.tool", stdin="{bad json}")
print(code, repr(out), err.strip())
code, out, err = run("-m", "base64", "-e", stdin="hello")
print(code, repr(out))
code, out, err = run("-m", "uuid", "-u", "uuid5", "-n", "@dns", "-N", "python.org")
print(code, repr(out))
