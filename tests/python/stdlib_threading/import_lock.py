# Threads importing the same slow module at once: the import lock and the
# module locks make one thread run the module body and the others wait for
# it; _imp's lock is reentrant and owned by one thread.
import _imp, os, sys, tempfile, threading

d = tempfile.mkdtemp()
with open(os.path.join(d, "slowmod_krait.py"), "w") as f:
    f.write("import time\nRUNS = []\nRUNS.append(1)\ntime.sleep(0.05)\nVALUE = 42\n")
sys.path.insert(0, d)
results, errors = [], []

def worker():
    try:
        import slowmod_krait
        results.append((slowmod_krait.VALUE, len(slowmod_krait.RUNS)))
    except BaseException as e:
        errors.append(repr(e))

ts = [threading.Thread(target=worker) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results), errors)

_imp.acquire_lock(); _imp.acquire_lock()
print(_imp.lock_held())
_imp.release_lock(); _imp.release_lock()
print(_imp.lock_held())
try:
    _imp.release_lock()
except RuntimeError as e:
    print(type(e).__name__, e)

held = threading.Event(); go = threading.Event(); order = []
def holder():
    _imp.acquire_lock(); held.set(); go.wait(); order.append("holder releases"); _imp.release_lock()
h = threading.Thread(target=holder); h.start(); held.wait()
def other():
    _imp.acquire_lock(); order.append("other acquired"); _imp.release_lock()
o = threading.Thread(target=other); o.start()
go.set(); h.join(); o.join()
print(order)
import shutil; shutil.rmtree(d)
