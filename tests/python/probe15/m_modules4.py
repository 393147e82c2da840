# Running stdlib modules and scripts via sys.executable (part 4): archive/encoding CLIs: json.tool, calendar, timeit (timings masked),
# base64, uu-free ones, zipfile/tarfile CLIs, py_compile, tokenize, ast, gzip, dis-free pieces.
import os, re, subprocess, sys, tempfile

from _mrun import run

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "mod.py")
    with open(src, "w") as f:
        f.write("x = 1\nprint('mod ran', __name__)\n")
    run(["-m", "tarfile", "-c", "a.tar", "mod.py"], cwd=d)
    run(["-m", "tarfile", "-l", "a.tar"], cwd=d)
    run(["-m", "base64", "-e", "mod.py"], cwd=d)
    run(["-m", "gzip", "mod.py"], cwd=d)
    print(sorted(os.listdir(d)))
    run(["-m", "gzip", "-d", "mod.py.gz"], cwd=d)
    run(["-m", "nonexistent_mod_xyz"], cwd=d)
