# A signal that arrived while a Python handler was installed, and is still
# being passed on when the handler is replaced by SIG_DFL, must not take
# the default action (CPython finds SIG_DFL when it gets to it and drops
# it). test_eintr's tests stop their interval timer and restore SIG_DFL
# while the last SIGALRM can still be in flight.
import signal, os, time

count = 0
def handler(signum, frame):
    global count
    count += 1

for sig in (signal.SIGALRM, signal.SIGUSR1):
    for i in range(150):
        signal.signal(sig, handler)
        if sig == signal.SIGALRM:
            signal.setitimer(signal.ITIMER_REAL, 0.0005, 0.0005)
            t = time.monotonic() + 0.002
            while time.monotonic() < t:
                pass
            signal.setitimer(signal.ITIMER_REAL, 0, 0)
        else:
            for _ in range(3):
                os.kill(os.getpid(), sig)
        signal.signal(sig, signal.SIG_DFL)
    print(signal.Signals(sig).name, "survived", signal.getsignal(sig))
print("handled some:", count > 0)
signal.signal(signal.SIGUSR1, handler)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print(signal.getsignal(signal.SIGUSR1))
import subprocess, sys
r = subprocess.run([sys.executable, "-c", "import os, signal, time\nsignal.signal(signal.SIGUSR1, lambda *a: None)\nsignal.signal(signal.SIGUSR1, signal.SIG_DFL)\nos.kill(os.getpid(), signal.SIGUSR1)\ntime.sleep(2)\nprint('alive')"], capture_output=True)
print("child", r.returncode, r.stdout)
