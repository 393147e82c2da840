# multiprocessing: Pool.map of a module-level function, a Queue filled by
# Process children and ProcessPoolExecutor.map under fork; one Pool.map
# under spawn and one Process+Queue under forkserver (each start method's
# bootstrap of a child interpreter).
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


def worker(q, n):
    q.put(n * 2)


def queue_round(ctx, n):
    q = ctx.Queue()
    procs = [ctx.Process(target=worker, args=(q, i)) for i in range(n)]
    for p in procs:
        p.start()
    got = sorted(q.get(timeout=60) for _ in procs)
    for p in procs:
        p.join()
    return got, [p.exitcode for p in procs]


if __name__ == "__main__":
    ctx = mp.get_context("fork")
    with ctx.Pool(2) as pool:
        print("fork Pool.map", pool.map(square, range(8)))
    print("fork Queue", *queue_round(ctx, 3))
    with ProcessPoolExecutor(2, mp_context=ctx) as ex:
        print("fork executor", list(ex.map(square, range(5))))
    with mp.get_context("spawn").Pool(1) as pool:
        print("spawn Pool.map", pool.map(square, [3, 4]))
    print("forkserver Queue", *queue_round(mp.get_context("forkserver"), 1))
