# Running stdlib modules and scripts via sys.executable (part 3): -c, -W, -O, -E flags and exits: json.tool, calendar, timeit (timings masked),
# base64, uu-free ones, zipfile/tarfile CLIs, py_compile, tokenize, ast, gzip, dis-free pieces.
import os, re, subprocess, sys, tempfile

from _mrun import run

run(["-c", "import sys; print(sys.argv, __name__)", "a", "b"])
run(["-c", "import sys; sys.exit('bye')"])
run(["-c", "raise SystemExit(3)"])
run(["-c", "print(input())"], "hello")
run(["-W", "error", "-c", "import warnings; warnings.warn('boom')"])
run(["-O", "-c", "assert False; print(__debug__)"])
run(["-E", "-s", "-c", "import sys; print(sys.flags.ignore_environment, sys.flags.no_user_site)"])
run(["-c", "import sys; print(sys.flags.optimize, sys.flags.dont_write_bytecode)"])
