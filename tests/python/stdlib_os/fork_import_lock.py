# os.fork waits for a thread holding the import lock (CPython's
# PyOS_BeforeFork), so the child never sees a module half-imported.
import _imp, os, sys, threading, time
started = threading.Event()
def importer():
    _imp.acquire_lock()
    sys.modules["fake_krait_mod"] = "partial"
    started.set()
    time.sleep(0.05)
    sys.modules["fake_krait_mod"] = "complete"
    _imp.release_lock()
t = threading.Thread(target=importer)
t.start()
started.wait()
pid = os.fork()
if pid == 0:
    os._exit(42 if sys.modules["fake_krait_mod"] == "complete" else 1)
t.join()
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
print(_imp.lock_held())
