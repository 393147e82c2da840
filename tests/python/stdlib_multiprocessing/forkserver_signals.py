# The forkserver start method, and signal dispositions set in a forked
# child (SIG_IGN keeps it alive through SIGTERM; SIG_DFL lets SIGTERM end it).
import multiprocessing as mp
import os
import signal
import time


def sq(x):
    return x * x


def child(ignore):
    signal.signal(signal.SIGTERM, signal.SIG_IGN if ignore else signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(0.05)
    os._exit(3)


if __name__ == "__main__":
    ctx = mp.get_context("forkserver")
    with ctx.Pool(2) as p:
        print(p.map(sq, range(5)))
    q = ctx.Queue()
    pr = ctx.Process(target=q.put, args=("via forkserver",))
    pr.start()
    print(q.get())
    pr.join()
    for ignore in (True, False):
        pid = os.fork()
        if pid == 0:
            child(ignore)
        _, status = os.waitpid(pid, 0)
        print(ignore, os.waitstatus_to_exitcode(status))
    print(signal.getsignal(signal.SIGTERM))
