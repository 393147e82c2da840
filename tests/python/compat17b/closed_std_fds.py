# A child interpreter started with fd 0, 1 or 2 closed has the matching
# sys stream None and the descriptor closed, as CPython's create_stdio;
# /dev/null opened for it (subprocess.DEVNULL) is an open stream; and
# nothing about it shows in any child's environment.
import os, subprocess, sys

CHILD = r"""if 1:
    import errno, os, sys
    def fstat_error(fd):
        try:
            os.fstat(fd)
            return None
        except OSError as e:
            return errno.errorcode[e.errno]
    report = [
        repr(sys.stdin is None), repr(sys.stdout is None), repr(sys.stderr is None),
        repr(sys.__stdin__ is None), str(fstat_error(0)),
        repr(any(k.startswith("KRAIT") for k in os.environ)),
    ]
    fd = int(os.environ["REPORT_FD"])
    os.write(fd, (" ".join(report) + "\n").encode())
"""


def run(close, **kw):
    r, w = os.pipe()
    def preexec():
        for fd in close:
            os.close(fd)
    env = dict(os.environ, REPORT_FD=str(w))
    p = subprocess.Popen([sys.executable, "-c", CHILD], pass_fds=[w], env=env,
                         preexec_fn=preexec if close else None, **kw)
    os.close(w)
    with os.fdopen(r) as f:
        out = f.read()
    p.wait()
    print(close, kw and "devnull" or "", out.strip(), p.returncode)


run([0])
run([1])
run([2])
run([0, 1, 2])
run([], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)

# posix_spawn's close action.
r, w = os.pipe()
os.set_inheritable(w, True)
pid = os.posix_spawn(sys.executable, [sys.executable, "-c", CHILD],
                     dict(os.environ, REPORT_FD=str(w)),
                     file_actions=[(os.POSIX_SPAWN_CLOSE, 0), (os.POSIX_SPAWN_CLOSE, 2)])
os.close(w)
with os.fdopen(r) as f:
    print("spawn", f.read().strip())
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

# Another program sees no extra variable.
out = subprocess.run(["env"], capture_output=True, text=True,
                     preexec_fn=lambda: os.close(0)).stdout
print("env", any(l.startswith("KRAIT") for l in out.splitlines()))

# os.execv after closing fd 0 in a forked child.
r, w = os.pipe()
os.set_inheritable(w, True)
pid = os.fork()
if pid == 0:
    os.close(0)
    os.environ["REPORT_FD"] = str(w)
    os.execv(sys.executable, [sys.executable, "-c", CHILD])
os.close(w)
with os.fdopen(r) as f:
    print("execv", f.read().strip())
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
