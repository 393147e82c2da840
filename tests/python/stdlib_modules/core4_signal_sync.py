# A signal sent to the process itself is handled before os.kill returns
# (CPython runs the Python handler at the next instruction boundary).
import os
import signal

got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
os.kill(os.getpid(), signal.SIGUSR1)
print(got)
signal.raise_signal(signal.SIGUSR1)
print(got)
