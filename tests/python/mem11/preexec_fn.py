# subprocess with a preexec_fn (a fork that runs Python code in the child
# before exec) after enough allocation that the GC driver is running.
import subprocess, sys, os

junk = []
for i in range(300000):
    junk.append({i: str(i)})
    if len(junk) > 1000:
        junk = []

def setup():
    os.environ["MEM11_MARK"] = "set-in-child"
    os.umask(0o022)

for i in range(3):
    out = subprocess.run([sys.executable, "-c", "import os; print(os.environ.get('MEM11_MARK'))"],
                         preexec_fn=setup, capture_output=True, text=True, timeout=60)
    print(i, out.returncode, out.stdout.strip())
p = subprocess.Popen([sys.executable, "-c", "import sys; print(sys.stdin.read().upper())"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, preexec_fn=lambda: None, text=True)
print(p.communicate("hello", timeout=60))
