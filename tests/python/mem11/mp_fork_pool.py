# multiprocessing with the fork start method after the GC driver has
# started: a Pool, a Process with a Queue, and a Pipe.
import multiprocessing as mp

def sq(x):
    return x * x

def put(q, n):
    q.put(sum(range(n)))

if __name__ == '__main__':
    mp.set_start_method('fork')
    junk = []
    for i in range(300000):
        junk.append((i, str(i)))
        if len(junk) > 1000:
            junk = []
    with mp.Pool(2) as pool:
        print(pool.map(sq, range(10)))
        print(sorted(pool.imap_unordered(sq, range(6))))
    q = mp.Queue()
    p = mp.Process(target=put, args=(q, 1000))
    p.start(); print(q.get(timeout=30)); p.join(); print(p.exitcode)
    r, w = mp.Pipe()
    p = mp.Process(target=w.send, args=([1, 2, 3],))
    p.start(); print(r.recv()); p.join(); print(p.exitcode)
