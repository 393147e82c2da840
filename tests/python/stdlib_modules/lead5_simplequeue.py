import _queue
q=_queue.SimpleQueue()
for t in ['x', float('nan'), 10**30, -1]:
  try: q.get(timeout=t)
  except Exception as e: print(repr(e))
class S(_queue.SimpleQueue): pass
s=S(); s.put(1); s.x=3; print(s.get(), s.x, s.qsize(), s.empty())
try: _queue.SimpleQueue(1)
except Exception as e: print(repr(e))
print(repr(_queue.SimpleQueue.put))
print(q.put(1, False, 5), q.put_nowait(2), q.qsize(), q.get(False), q.get_nowait())
try: q.get(True, 0.01)
except Exception as e: print(repr(e))
try: q.get(False)
except Exception as e: print(repr(e))
print(_queue.SimpleQueue[int])
import pickle
try: pickle.dumps(q)
except Exception as e: print(repr(e))
import threading, queue
print(queue.SimpleQueue is _queue.SimpleQueue, queue.Empty is _queue.Empty)
out = queue.SimpleQueue()
def worker(n):
    for i in range(200):
        out.put((n, i))
ts = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in ts: t.start()
got = [out.get(timeout=5) for _ in range(800)]
for t in ts: t.join()
print(len(got), sorted(got) == sorted((n, i) for n in range(4) for i in range(200)), out.empty())
# per-producer order is FIFO
print(all([i for n2, i in got if n2 == n] == list(range(200)) for n in range(4)))
res = queue.SimpleQueue()
def consumer():
    while (x := q.get()) is not None:
        res.put(x * 2)
cs = [threading.Thread(target=consumer) for _ in range(3)]
for c in cs: c.start()
for i in range(300): q.put(i)
for _ in cs: q.put(None)
for c in cs: c.join()
print(sorted(res.get() for _ in range(300)) == [2 * i for i in range(300)], res.qsize())
