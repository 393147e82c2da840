# Importlib's own frames are cut from the traceback of a failed import.
import os, sys, tempfile, traceback
def frames(e):
    return [(os.path.basename(f.filename), f.name) for f in traceback.extract_tb(e.__traceback__)]
tmp = tempfile.mkdtemp()
sys.path.insert(0, tmp)
with open(os.path.join(tmp, "lead5_bad.py"), "w") as f:
    f.write("import sys\nx = 1 / 0\n")
with open(os.path.join(tmp, "lead5_inner.py"), "w") as f:
    f.write("import lead5_missing_inner\n")
for stmt in ["import lead5_nosuchmod", "from os import nope", "import lead5_bad", "import lead5_inner",
             "__import__('lead5_nosuchmod2')", "from . import x"]:
    try:
        exec(stmt)
    except Exception as e:
        print(stmt, type(e).__name__, frames(e))
import importlib
try:
    importlib.import_module("lead5_nosuchmod3")
except ImportError as e:
    print("import_module", len(frames(e)) > 1)
