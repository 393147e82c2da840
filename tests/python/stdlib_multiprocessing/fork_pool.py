# multiprocessing with the default fork start method: pools, executors,
# locks, events, managers and pipes across processes.
import multiprocessing as mp, concurrent.futures as cf, os, time
def sq(x): return x * x
def locked(lock, q, i):
    with lock:
        q.put(i)
def waiter(ev, q):
    ev.wait(); q.put('woke')
if __name__ == '__main__':
    with cf.ProcessPoolExecutor(2) as ex:
        print(list(ex.map(sq, range(8))), ex.submit(pow, 2, 10).result())
    lock = mp.Lock(); q = mp.Queue()
    ps = [mp.Process(target=locked, args=(lock, q, i)) for i in range(4)]
    [p.start() for p in ps]; [p.join() for p in ps]
    print(sorted(q.get() for _ in range(4)), [p.exitcode for p in ps])
    ev = mp.Event(); p = mp.Process(target=waiter, args=(ev, q)); p.start(); time.sleep(0.1); ev.set(); print(q.get()); p.join()
    with mp.Manager() as man:
        d = man.dict(); l = man.list([1]); d['a'] = 1; l.append(2); print(dict(d), list(l))
    r, w = mp.Pipe(); p = mp.Process(target=w.send, args=({'x': 1},)); p.start(); print(r.recv()); p.join()
    with mp.Pool(2) as pool:
        print(pool.apply_async(sq, (7,)).get(timeout=10), sorted(pool.imap_unordered(sq, range(5))))
    print(mp.cpu_count() > 0, mp.current_process().name)
