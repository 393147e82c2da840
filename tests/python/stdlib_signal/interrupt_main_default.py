# _thread.interrupt_main does nothing for a signal that Python does not
# handle (SIG_DFL or SIG_IGN), and raises through a Python handler.
import _thread
import signal

for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGUSR1):
    old = signal.getsignal(signum)
    signal.signal(signum, signal.SIG_IGN)
    _thread.interrupt_main(signum)
    signal.signal(signum, signal.SIG_DFL)
    _thread.interrupt_main(signum)
    signal.signal(signum, old)
    print('survived', signum)

try:
    _thread.interrupt_main()
    for i in range(1000):
        pass
except KeyboardInterrupt:
    print('KeyboardInterrupt')

got = []
signal.signal(signal.SIGUSR1, lambda n, f: got.append(n))
_thread.interrupt_main(signal.SIGUSR1)
for i in range(1000):
    pass
print(got)
for bad in (-1, signal.NSIG, 10**6):
    try:
        _thread.interrupt_main(bad)
    except ValueError as e:
        print('ValueError', e)
