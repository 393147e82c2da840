# sys._current_exceptions() (3.11: exc_info triples per thread), sys._framework,
# sys._stdlib_dir names the directory holding os.py.
import os
import sys
import threading

print(repr(sys._framework))
print(os.path.exists(os.path.join(sys._stdlib_dir, 'os.py')))
main = threading.get_ident()
print(sys._current_exceptions()[main])
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys._current_exceptions()[main]
    print(t, repr(v), type(tb).__name__)

ready = threading.Event()
done = threading.Event()


def worker():
    try:
        raise ValueError('in thread')
    except ValueError:
        ready.set()
        done.wait()


th = threading.Thread(target=worker)
th.start()
ready.wait()
d = sys._current_exceptions()
print(sorted(type(k).__name__ for k in d), d[main], d[th.ident][:2])
done.set()
th.join()
print(th.ident in sys._current_exceptions())
