# subprocess driving the interpreter itself (sys.executable): pipes, communicate with input,
# check_output/CalledProcessError, timeouts, env/cwd, stderr merging, return codes from signals/exit,
# Popen iteration over lines, shell=True pipelines.
import subprocess, sys, os, tempfile, signal

PY = sys.executable
r = subprocess.run([PY, "-c", "import sys; d = sys.stdin.read(); print(d.upper(), end=''); print('err!', file=sys.stderr); sys.exit(4)"],
                   input="hello\nworld\n", capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r.returncode, r.args[1:2])
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode, str(e).replace(PY, "PY")[:60])
print(subprocess.check_output([PY, "-c", "print(40 + 2)"]), subprocess.check_output([PY, "-c", "print('é')"], text=True, encoding="utf-8"))
try:
    subprocess.check_output([PY, "-c", "import sys; print('partial'); sys.exit(3)"], text=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode, repr(e.output), e.cmd[1])
try:
    subprocess.run([PY, "-c", "import time; time.sleep(5)"], timeout=0.5)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", 0.4 < e.timeout <= 0.5, str(e).replace(PY, "PY")[:25])
r = subprocess.run([PY, "-c", "import os; print(os.environ.get('PROBE_V'), os.path.basename(os.getcwd()))"],
                   env={**os.environ, "PROBE_V": "set"}, cwd=tempfile.gettempdir(), stdout=subprocess.PIPE, text=True)
print(r.stdout.strip())
r = subprocess.run([PY, "-c", "import sys; print('out'); sys.stdout.flush(); print('err', file=sys.stderr)"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print(repr(r.stdout))
p = subprocess.Popen([PY, "-c", "import sys\nfor i in range(3): print('line', i, flush=True)"], stdout=subprocess.PIPE, text=True)
print([l.rstrip() for l in p.stdout], p.wait(), p.returncode, p.poll())
p.stdout.close()
p = subprocess.Popen([PY, "-c", "import sys\nfor l in sys.stdin: sys.stdout.write(l[::-1])"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"abc\nxyz\n")
print(out, err, p.returncode)
