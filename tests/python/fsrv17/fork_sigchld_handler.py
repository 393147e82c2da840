# A process with a Python SIGCHLD handler forks children while earlier
# ones exit (multiprocessing's forkserver does): each exit wakes the signal
# machinery, and a child forked while it was waking must still be able to
# collect garbage and exit. Each child allocates enough for collections.
import gc
import os
import signal
import time

caught = 0


def on_chld(signum, frame):
    global caught
    caught += 1


signal.signal(signal.SIGCHLD, on_chld)


def reap(pid, deadline):
    # Poll, so that a stuck child fails the case instead of hanging it.
    while time.monotonic() < deadline:
        got, status = os.waitpid(pid, os.WNOHANG)
        if got == pid:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.005)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return "stuck"


results = []
alive = []
deadline = time.monotonic() + 60
for i in range(60):
    pid = os.fork()
    if pid == 0:
        junk = [bytes(64) for _ in range(60000)]
        del junk
        gc.collect()
        os._exit(7)
    alive.append(pid)
    if len(alive) >= 4:
        results.append(reap(alive.pop(0), deadline))
for pid in alive:
    results.append(reap(pid, deadline))
print(len(results), sorted(set(results), key=str))
print("handler ran:", caught > 0)
