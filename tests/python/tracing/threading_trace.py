# threading.settrace/setprofile install hooks in threads started later;
# sys.settrace is per thread.
import sys
import threading

log = []
lock = threading.Lock()


def tracer(frame, event, arg):
    if frame.f_code.co_name in ('work', 'helper'):
        with lock:
            log.append((threading.current_thread().name, event, frame.f_code.co_name))
    return tracer


def helper():
    return 1


def work():
    helper()
    return sys.gettrace() is tracer


results = {}


def run(name):
    results[name] = work()


threading.settrace(tracer)
t = threading.Thread(target=run, args=('t1',), name='t1')
t.start()
t.join()
print(results, threading.gettrace() is tracer)
print(sorted(set(log)))
print(sys.gettrace())

threading.settrace(None)
log.clear()
sys.settrace(tracer)
t = threading.Thread(target=run, args=('t2',), name='t2')
t.start()
t.join()
work()
sys.settrace(None)
print(results['t2'], sorted(set(log)))

profiled = []


def prof(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'helper':
        profiled.append(threading.current_thread().name)


threading.setprofile(prof)
t = threading.Thread(target=run, args=('t3',), name='t3')
t.start()
t.join()
threading.setprofile(None)
print(profiled, threading.getprofile(), sys.getprofile())
