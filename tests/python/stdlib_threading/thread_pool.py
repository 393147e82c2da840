# concurrent.futures.ThreadPoolExecutor: map, submit, as_completed, exceptions.
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed


def pool():
    with ThreadPoolExecutor(max_workers=3) as ex:
        print(list(ex.map(lambda x: x * x, range(10))))
        futs = [ex.submit(pow, 2, i) for i in range(5)]
        print(sorted(f.result() for f in as_completed(futs)))
        bad = ex.submit(lambda: 1 / 0)
        try:
            bad.result()
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
        print(bad.done(), type(bad.exception()).__name__)


pool()
print("done")
