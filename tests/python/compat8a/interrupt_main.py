# _thread.interrupt_main from another thread sends no signal: the main
# thread's blocking call (lock acquire, Condition/Event wait) is not cut
# short; the KeyboardInterrupt comes right after it returns, so a lock
# acquired in a finally block is held when the exception propagates.
import threading, _thread, time

def call_interrupt():
    _thread.interrupt_main()

for i in range(5):
    t = threading.Thread(target=call_interrupt)
    try:
        t.start()
        t.join()
    except KeyboardInterrupt:
        print("KI", i)
    t.join()

l = threading.Lock()
l.acquire()
for kw in ({}, {"timeout": 0.3}):
    threading.Timer(0.05, _thread.interrupt_main).start()
    t0 = time.monotonic()
    try:
        got = l.acquire(True, 0.3) if not kw else l.acquire(**kw)
        print("returned", got)
    except KeyboardInterrupt:
        print("KI after timeout:", time.monotonic() - t0 >= 0.25)

ev = threading.Event()
threading.Timer(0.05, _thread.interrupt_main).start()
t0 = time.monotonic()
try:
    ev.wait(0.3)
    print("wait returned")
except KeyboardInterrupt:
    print("KI after wait:", time.monotonic() - t0 >= 0.25)
print("done")
