# multiprocessing's spawn start method runs children as `krait -c ...`
# (sys.executable) and rebuilds named semaphores by name.
import multiprocessing as mp


def sq(x):
    return x * x


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    with ctx.Pool(2) as p:
        print(p.map(sq, range(6)))
    q = ctx.Queue()
    pr = ctx.Process(target=q.put, args=("from spawn",))
    pr.start()
    print(q.get())
    pr.join()
    print(pr.exitcode)
