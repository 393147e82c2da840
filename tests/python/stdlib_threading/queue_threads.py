# queue.Queue, LifoQueue and PriorityQueue between threads.
import queue
import threading


def producer_consumer():
    q = queue.Queue(maxsize=3)
    out = []

    def consumer():
        while True:
            item = q.get()
            if item is None:
                q.task_done()
                break
            out.append(item * 2)
            q.task_done()

    t = threading.Thread(target=consumer)
    t.start()
    for i in range(10):
        q.put(i)
    q.put(None)
    q.join()
    t.join()
    print(out)
    try:
        q.get_nowait()
    except queue.Empty:
        print("Empty")
    try:
        q.get(timeout=0.01)
    except queue.Empty:
        print("Empty after timeout")
    lq = queue.LifoQueue()
    pq = queue.PriorityQueue()
    for x in (3, 1, 2):
        lq.put(x)
        pq.put(x)
    print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])


producer_consumer()
print("done")
