# _signal: Python handlers run on the main thread; raise_signal, strsignal, errors.
import _signal as signal

got = []


def handler(n, frame):
    got.append((n, type(frame).__name__))


def raising(n, frame):
    raise ValueError("from handler %d" % n)


print(signal.SIG_DFL, signal.SIG_IGN, signal.NSIG, signal.SIGINT, signal.SIGTERM, signal.SIGUSR1, signal.SIGALRM)
print(signal.getsignal(signal.SIGUSR1), signal.getsignal(signal.SIGTERM))
print(signal.signal(signal.SIGUSR1, handler))
print(signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print(got)
print(signal.signal(signal.SIGUSR1, raising) is handler)
try:
    signal.raise_signal(signal.SIGUSR1)
except ValueError as e:
    print("ValueError", e)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is raising)
signal.raise_signal(signal.SIGUSR1)
print("ignored")
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL))
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e.args)
print([signal.strsignal(n) for n in (1, 2, 9, 11, 15, 17, 19, 34, 40, 64)])
for bad in (0, 65, -1):
    try:
        signal.strsignal(bad)
    except ValueError as e:
        print("ValueError", e)
v = signal.valid_signals()
print(type(v).__name__, len(v), min(v), max(v), 32 in v, 34 in v)
for args in ((signal.SIGKILL, signal.SIG_IGN), (signal.SIGSTOP, handler)):
    try:
        signal.signal(*args)
    except OSError as e:
        print("OSError", e.args)
for args in ((2, 5), (2, "x")):
    try:
        signal.signal(*args)
    except TypeError as e:
        print("TypeError", e)
for n in (0, 65, 1000):
    try:
        signal.getsignal(n)
    except ValueError as e:
        print("ValueError", e)
print(signal.alarm(0), signal.alarm(100) , signal.alarm(0))
print(signal.set_wakeup_fd(-1))
