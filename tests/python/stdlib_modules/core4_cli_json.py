# Command-line entry points run with sys.executable -m (few per case, so
# that each case stays short under load): json.tool default and sorted.
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
