# The compiled-code cache when __pycache__ is a file, a cached file is
# corrupt, with -B, and after the source changes.
import os, sys, tempfile, subprocess, importlib
tmp = tempfile.mkdtemp()
def w(p, t):
    with open(os.path.join(tmp, p), "w") as f: f.write(t)
os.makedirs(os.path.join(tmp, "a")); w("a/m1.py", "V = 1\n")
w("a/__pycache__", "i am a file, not a directory")
os.makedirs(os.path.join(tmp, "b", "__pycache__")); w("b/m2.py", "V = 2\n")
tag = sys.implementation.cache_tag
w("b/__pycache__/m2.%s.pyc" % tag, "garbage bytes")
os.makedirs(os.path.join(tmp, "c")); w("c/m3.py", "V = 3\n")
code = "import sys; sys.path[:0] = %r; import m1, m2, m3; print(m1.V, m2.V, m3.V)" % [os.path.join(tmp, d) for d in "abc"]
for opts in [[], ["-B"]]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    p = subprocess.run([sys.executable, *opts, "-c", code], capture_output=True, text=True, env=env)
    print(opts, p.returncode, p.stdout, p.stderr[-200:])
print(sorted(os.listdir(os.path.join(tmp, "c"))), [n.replace(tag, "TAG") for n in sorted(os.listdir(os.path.join(tmp, "b", "__pycache__")))])
pc = os.path.join(tmp, "c", "__pycache__")
print(sorted(n.replace(tag, "TAG") for n in os.listdir(pc)) if os.path.isdir(pc) else None)
w("c/m3.py", "V = 33\n")
p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"})
print(p.stdout, p.stderr[-200:])
