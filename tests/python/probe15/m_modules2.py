# Running stdlib modules and scripts via sys.executable (part 2): json.tool, calendar, timeit (timings masked),
# base64, uu-free ones, zipfile/tarfile CLIs, py_compile, tokenize, ast, gzip, dis-free pieces.
import os, re, subprocess, sys, tempfile

from _mrun import run

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "mod.py")
    with open(src, "w") as f:
        f.write("x = 1\nprint('mod ran', __name__)\n")
    run(["-m", "mod"], cwd=d)
    run(["-m", "py_compile", "mod.py"], cwd=d)
    print(sorted(os.listdir(os.path.join(d, "__pycache__")))[0].split(".")[0])
    run(["-m", "zipfile", "-c", "a.zip", "mod.py"], cwd=d)
    run(["-m", "zipfile", "-l", "a.zip"], cwd=d, mask=True)
    run(["-m", "zipfile", "-t", "a.zip"], cwd=d)
    run(["-m", "tokenize", "mod.py"], cwd=d)
    run(["-m", "ast", "mod.py"], cwd=d)
