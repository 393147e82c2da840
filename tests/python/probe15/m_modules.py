# Running stdlib modules with -m via sys.executable: json.tool, calendar, timeit (timings masked),
# base64, uu-free ones, zipfile/tarfile CLIs, py_compile, tokenize, ast, gzip, dis-free pieces.
import os, re, subprocess, sys, tempfile

from _mrun import run

run(["-m", "json.tool"], '{"b": [1, 2, {"c": null}], "a": "\\u00e9"}')
run(["-m", "json.tool", "--sort-keys", "--indent", "2"], '{"b": 1, "a": {"z": true, "y": 1.5}}')
run(["-m", "json.tool", "--compact"], '{"b": [1, 2], "a": "x"}')
run(["-m", "json.tool", "--no-ensure-ascii"], '["\\u00e9\\u4e2d"]')
run(["-m", "json.tool", "--json-lines"], '{"a":1}\n{"b":2}\n')
run(["-m", "json.tool"], '{"a": }')
run(["-m", "calendar", "2024", "2"])
run(["-m", "calendar", "-t", "text", "-w", "3", "2023", "12"])
run(["-m", "timeit", "-n", "3", "-r", "2", "x = sum(range(10))"], mask=True)
run(["-m", "timeit", "-n", "2", "-s", "import math", "math.sqrt(2)"], mask=True)
