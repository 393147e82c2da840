# A forked child dies of a signal whose handler is SIG_DFL and ignores one
# whose handler is SIG_IGN, even when the parent had the signal module watch
# it (blocked once with pthread_sigmask, or SIGUSR1 which Go drops).
import multiprocessing
import os
import signal
import time

signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGHUP})
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGHUP})
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
signal.signal(signal.SIGALRM, lambda *a: None)
signal.signal(signal.SIGALRM, signal.SIG_DFL)


def child_status(sigs, setup=None):
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        if setup:
            setup()
        os.close(r)
        os.write(w, b"x")
        time.sleep(20)
        os._exit(7)
    os.close(w)
    os.read(r, 1)  # the child runs its own code now
    os.close(r)
    start = time.monotonic()
    for s in sigs:
        os.kill(pid, s)
        time.sleep(0.2)
    _, st = os.waitpid(pid, 0)
    quick = time.monotonic() - start < 10
    if os.WIFSIGNALED(st):
        return signal.Signals(os.WTERMSIG(st)).name, quick
    return "exit %d" % os.WEXITSTATUS(st), quick


for sigs in ([signal.SIGTERM], [signal.SIGHUP], [signal.SIGUSR1], [signal.SIGALRM],
             [signal.SIGUSR2, signal.SIGTERM]):
    print([signal.Signals(s).name for s in sigs], child_status(sigs))


def square(x):
    return x * x


# A Python handler installed in the child keeps the signal from ending it.
def usr1_handler():
    signal.signal(signal.SIGUSR1, lambda *a: None)


print("handler in child:", child_status([signal.SIGUSR1, signal.SIGTERM], usr1_handler))


# Pool.terminate() (the with block's exit) ends its workers with SIGTERM.
ctx = multiprocessing.get_context("fork")
start = time.monotonic()
with ctx.Pool(2) as pool:
    print(pool.map(square, range(5)))
pool.join()
print("pool joined quickly:", time.monotonic() - start < 20)


# A thread that blocks every signal for itself (multiprocessing's
# resource_sharer does) leaves the main thread's mask, which a child forked
# from the main thread inherits, empty.
import threading

blocked = threading.Event()
done = threading.Event()


def blocker():
    signal.pthread_sigmask(signal.SIG_BLOCK, signal.valid_signals())
    blocked.set()
    done.wait()


t = threading.Thread(target=blocker)
t.start()
blocked.wait()
print("after a thread blocked all:", child_status([signal.SIGTERM]))
done.set()
t.join()
