# A signal handler that raises ends os.waitpid / Popen.wait blocked on a
# child that has not exited (as Ctrl-C does); the child can still be reaped
# afterwards. A handler that returns lets the wait go on.
import os
import signal
import subprocess
import sys


def raising(signum, frame):
    raise KeyboardInterrupt("alarm")


signal.signal(signal.SIGALRM, raising)
p = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(5)"])
signal.alarm(1)
try:
    p.wait()
except KeyboardInterrupt as e:
    print("Popen.wait interrupted:", e)
print("still running:", p.poll() is None)
p.kill()
print("returncode", p.wait())

pid = os.fork()
if pid == 0:
    import time
    time.sleep(2)
    os._exit(7)
seen = []
signal.signal(signal.SIGALRM, lambda s, f: seen.append(s))
signal.alarm(1)
r, status = os.waitpid(pid, 0)
print("waitpid", r == pid, os.waitstatus_to_exitcode(status), "handler ran:", seen == [signal.SIGALRM])

pid = os.fork()
if pid == 0:
    import time
    time.sleep(2)
    os._exit(3)
signal.signal(signal.SIGALRM, raising)
signal.alarm(1)
try:
    os.wait()
except KeyboardInterrupt:
    print("os.wait interrupted")
r, status, rusage = os.wait4(pid, 0)
print("wait4", r == pid, os.waitstatus_to_exitcode(status))
try:
    os.waitpid(-1, 0)
except ChildProcessError as e:
    print("ChildProcessError", e.errno)
