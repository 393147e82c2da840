# subprocess driving the interpreter itself (part 2) (sys.executable): pipes, communicate with input,
# check_output/CalledProcessError, timeouts, env/cwd, stderr merging, return codes from signals/exit,
# Popen iteration over lines, shell=True pipelines.
import subprocess, sys, os, tempfile, signal

PY = sys.executable
p = subprocess.Popen([PY, "-c", "import time; time.sleep(10)"])
p.send_signal(signal.SIGTERM)
print("killed rc", p.wait())
p = subprocess.Popen([PY, "-c", "import time; time.sleep(10)"]); p.kill(); print("kill rc", p.wait())
r = subprocess.run([PY, "-c", "raise SystemExit('fatal: bad')"], capture_output=True, text=True)
print(r.returncode, repr(r.stderr))
r = subprocess.run([PY, "-c", "import os; os._exit(7)"]); print(r.returncode)
r = subprocess.run([PY, "-c", "raise KeyboardInterrupt"], capture_output=True, text=True)
print(r.returncode, r.stderr.strip().splitlines()[-1])
r = subprocess.run(f"'{PY}' -c 'print(123)' | '{PY}' -c 'import sys; print(int(sys.stdin.read()) * 2)'", shell=True, capture_output=True, text=True)
print(r.stdout.strip(), r.returncode)
print(subprocess.getoutput("echo hi; exit 3"), subprocess.getstatusoutput("exit 3"))
r = subprocess.run([PY, "-c", "import sys; sys.stdout.buffer.write(bytes(range(250, 256)))"], capture_output=True)
print(r.stdout)
r = subprocess.run([PY, "-u", "-c", "import sys; print(sys.argv[1:], sys.flags.unbuffered if hasattr(sys.flags, 'unbuffered') else '')", "x y", "-z"], capture_output=True, text=True)
print(r.stdout.strip())
try:
    subprocess.run(["/nonexistent/binary"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename)
with subprocess.Popen([PY, "-c", "print('ctx')"], stdout=subprocess.PIPE, text=True) as p:
    print(p.stdout.read().strip())
print(p.returncode, subprocess.list2cmdline(["a b", 'c"d', "e"]), subprocess.DEVNULL, subprocess.PIPE, subprocess.STDOUT)
r = subprocess.run([PY, "-c", "import sys; print(sys.stdin.read() == '')"], stdin=subprocess.DEVNULL, capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run([PY, "-c", "import sys\nprint(sys.stdin.isatty(), sys.stdout.isatty())"], capture_output=True, text=True); print(r.stdout.strip())
r = subprocess.run([PY, "-c", "1/0"], capture_output=True, text=True)
print(r.returncode, r.stderr.splitlines()[0], r.stderr.splitlines()[-1])
