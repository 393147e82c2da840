# subprocess with preexec_fn: the child runs the callable, then the usual
# child setup; its failures reach the parent as CPython's do
import subprocess, sys, os
p = subprocess.run([sys.executable, "-c", 'import os,sys; sys.stdout.write(os.getenv("FRUIT", "none"))'],
                   stdout=subprocess.PIPE, preexec_fn=lambda: os.putenv("FRUIT", "apple"))
print(p.returncode, p.stdout)
def boom():
    raise ValueError("coconut")
try:
    subprocess.run(["true"], preexec_fn=boom)
except subprocess.SubprocessError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(["/nonexistent/x"], preexec_fn=lambda: None)
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    subprocess.run(["true"], cwd="/nonexistent", preexec_fn=lambda: None)
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)
p = subprocess.run(["sh", "-c", "echo $PWD; umask"], cwd="/", umask=0o27, stdout=subprocess.PIPE, preexec_fn=lambda: print("in child", flush=True))
print(p.stdout)
r, w = os.pipe()
p = subprocess.run(["sh", "-c", f"echo hi >&{w}"], pass_fds=(w,), preexec_fn=lambda: None)
os.close(w)
print(p.returncode, os.read(r, 100))
p = subprocess.run(["sh", "-c", f"echo hi >&{r}"], stderr=subprocess.DEVNULL, preexec_fn=lambda: None)
print("closed fd:", p.returncode != 0)
for restore in (True, False):
    p = subprocess.run(["grep", "SigIgn", "/proc/self/status"], stdout=subprocess.PIPE, preexec_fn=lambda: None,
                       restore_signals=restore)
    ign = int(p.stdout.split()[1], 16)
    print("SIGPIPE, SIGXFSZ ignored:", bool(ign & (1 << 12)), bool(ign & (1 << 24)))
p = subprocess.run([sys.executable, "-c", "import os; print(os.getsid(0) == os.getpid(), os.getpgid(0) == os.getpid())"], stdout=subprocess.PIPE, start_new_session=True, preexec_fn=lambda: None)
print(p.stdout)
p = subprocess.run([sys.executable, "-c", "import os; print(os.getpgid(0) == os.getpid())"], stdout=subprocess.PIPE, process_group=0, preexec_fn=lambda: None)
print(p.stdout)
out = subprocess.check_output("echo a; echo b >&2", shell=True, stderr=subprocess.STDOUT, preexec_fn=lambda: None)
print(out)
