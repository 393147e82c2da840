# signal.siginterrupt(sig, False) makes a blocking read go on waiting when
# the signal arrives: the handler (which raises here) runs once the read has
# returned. With siginterrupt(sig, True), or after signal.signal() again,
# the read is interrupted and the handler's exception comes at once.
import os
import signal
import threading
import time


def handler(signum, frame):
    1 / 0


def timed_read(restart):
    r, w = os.pipe()
    signal.signal(signal.SIGALRM, handler)
    if restart is not None:
        signal.siginterrupt(signal.SIGALRM, not restart)

    def writer():
        time.sleep(0.8)
        os.write(w, b'x')

    t = threading.Thread(target=writer)
    t.start()
    signal.setitimer(signal.ITIMER_REAL, 0.1)
    t0 = time.monotonic()
    try:
        data = os.read(r, 1)
        while True:  # the pending handler raises at the next check
            time.sleep(0.01)
    except ZeroDivisionError:
        elapsed = time.monotonic() - t0
    t.join()
    os.close(r)
    os.close(w)
    return 'after the read' if elapsed >= 0.7 else 'during the read'


print('siginterrupt(False):', timed_read(True))
print('siginterrupt(True):', timed_read(False))
print('default:', timed_read(None))
signal.signal(signal.SIGALRM, signal.SIG_DFL)
