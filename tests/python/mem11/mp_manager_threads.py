# A multiprocessing manager's server process (a forked child) serves each
# connection on a thread blocked reading it; with several connections open
# at once it must still accept new ones (the child has no sysmon to take
# back the Ps of blocked threads). A pool worker's initializer uses a
# proxy, and several proxies stay connected from the parent and a child.
import multiprocessing as mp

def initializer(ns):
    ns.test += 1

def bump(d, i):
    d[i] = i * i
    return i % 4

if __name__ == '__main__':
    mp.set_start_method('fork')
    with mp.Manager() as m:
        ns = m.Namespace()
        ns.test = 0
        p = mp.Pool(1, initializer, (ns,))
        p.close()
        p.join()
        print('initializer ran', ns.test)
        d = m.dict()
        lists = [m.list([i]) for i in range(6)]  # six open connections
        with mp.Pool(3) as pool:
            print(sorted(pool.starmap(bump, [(d, i) for i in range(12)])))
        print(sorted(d.items()), [l[0] for l in lists])
