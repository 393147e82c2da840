# Functions of a module loaded from the compiled-code cache behave as when
# compiled: their code objects' attributes, docstrings, calls, tracebacks,
# inspect, marshal and pickle (Krait reads a function's body from the
# cache only when it is first needed).
import os
import shutil
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
tmp = tempfile.mkdtemp()
try:
    for name in ("_lazymod.py", "_lazycheck.py"):
        shutil.copy(os.path.join(here, name), tmp)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = os.path.join(tmp, "cache")
    runs = []
    for i in range(2):
        p = subprocess.run([sys.executable, "_lazycheck.py"], cwd=tmp, env=env,
                           capture_output=True, text=True)
        runs.append(p.stdout)
        if p.returncode != 0:
            print("run", i, "failed:", p.stderr)
    cached = any(f.endswith(".pyc") for _, _, fs in os.walk(os.path.join(tmp, "cache")) for f in fs)
    print("cache written:", cached)
    print("same output compiled and cached:", runs[0] == runs[1])
    print(runs[1], end="")
finally:
    shutil.rmtree(tmp)
