# _thread.TIMEOUT_MAX is whole seconds, and acquiring with it is accepted.
import _thread, threading
print(_thread.TIMEOUT_MAX, threading.TIMEOUT_MAX)
lock = _thread.allocate_lock()
print(lock.acquire(timeout=_thread.TIMEOUT_MAX))
lock.release()
for t in (1e300, _thread.TIMEOUT_MAX * 2, -2):
    try:
        lock.acquire(timeout=t)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
