# Forks while a stream of signals with a Python handler arrives: a child
# forked while the signal machinery was waking must still collect garbage
# and exit (Krait's forked child used to spin for ever in its first
# collection, waiting for a goroutine left running on a thread the child
# does not have).
import gc
import os
import signal
import subprocess
import sys
import time

received = 0


def on_usr1(signum, frame):
    global received
    received += 1


signal.signal(signal.SIGUSR1, on_usr1)
sender = subprocess.Popen([sys.executable, "-c", """if 1:
    import os, sys, time
    pid = int(sys.argv[1])
    while True:
        os.kill(pid, 10)
        time.sleep(0.0002)
""", str(os.getpid())])

codes = []
stuck = 0
for i in range(80):
    pid = os.fork()
    if pid == 0:
        signal.signal(signal.SIGUSR1, signal.SIG_IGN)
        junk = [bytes(32) for _ in range(20000)]
        del junk
        gc.collect()
        os._exit(3)
    deadline = time.monotonic() + 5
    while True:
        got, status = os.waitpid(pid, os.WNOHANG)
        if got == pid:
            codes.append(os.waitstatus_to_exitcode(status))
            break
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            codes.append("stuck")
            stuck += 1
            break
        time.sleep(0.002)
    if stuck >= 3:
        break
sender.kill()
sender.wait()
print(len(codes), sorted(set(codes), key=str))
print("signals handled:", received > 0)
