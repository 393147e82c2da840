# _thread: threads under the GIL, locks, RLock, thread-local data, sentinels.
import _thread


def sentinel():
    # a lock released when the calling thread ends (threading's _tstate_lock)
    s = _thread._set_sentinel()
    s.acquire()
    return s


def wait_all(sentinels):
    for s in sentinels:
        s.acquire()
        s.release()


def counting():
    lock = _thread.allocate_lock()
    total = [0]
    starts = []
    done = []

    def worker(n, step=1):
        starts.append(sentinel())
        for i in range(n):
            with lock:
                total[0] += step
        done.append(_thread.get_ident())

    idents = [_thread.start_new_thread(worker, (5000,), {"step": 2}) for _ in range(4)]
    while len(starts) < 4:
        pass
    wait_all(starts)
    print(total[0], len(done), sorted(done) == sorted(idents), len(set(idents)))
    print(_thread.get_ident() not in idents, type(_thread.get_native_id()).__name__)


def locks():
    l = _thread.allocate_lock()
    print(type(l).__name__, type(l) is _thread.LockType, _thread.allocate is not None)
    print(repr(l).split(" ")[:3])
    print(l.acquire(), l.locked(), l.acquire(False), l.acquire(True, 0.01), l.acquire(timeout=0))
    print(repr(l).split(" ")[:3])
    l.release()
    print(l.locked(), l.acquire_lock(), l.locked_lock())
    l.release_lock()
    for args, kw in [((False, 1), {}), ((True, -2), {}), ((), {"timeout": "x"}), ((1, 2, 3), {})]:
        try:
            l.acquire(*args, **kw)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        l.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX > 1e6)
    with l:
        print("inside", l.locked())
    print("outside", l.locked())


def rlocks():
    r = _thread.RLock()
    print(repr(r).split(" ")[:5])
    print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
    state = r._release_save()
    print(state[0], state[1] == _thread.get_ident(), r._is_owned())
    r._acquire_restore(state)
    print(r._recursion_count())
    r.release()
    r.release()
    try:
        r.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    with r:
        with r:
            print("nested", r._recursion_count())
    other = []
    s = []

    def try_other():
        s.append(sentinel())
        other.append(r.acquire(False))

    r.acquire()
    _thread.start_new_thread(try_other, ())
    while not s:
        pass
    wait_all(s)
    r.release()
    print("other thread got it:", other)

    class MyRLock(_thread.RLock):
        pass

    m = MyRLock()
    m.acquire()
    print(type(m).__name__, m._is_owned())
    m.release()


def local_data():
    loc = _thread._local()
    loc.x = 1
    seen = []
    s = []

    def t():
        s.append(sentinel())
        seen.append(hasattr(loc, "x"))
        loc.x = 2
        seen.append(loc.x)
        seen.append(sorted(loc.__dict__))

    _thread.start_new_thread(t, ())
    while not s:
        pass
    wait_all(s)
    print(seen, loc.x, loc.__dict__)
    try:
        _thread._local(1)
    except TypeError as e:
        print("TypeError", e)

    class L(_thread._local):
        def __init__(self, v, k=0):
            self.v = v + k
            inits.append(v)

    inits = []
    ll = L(5, k=1)
    got = []
    s2 = []

    def t2():
        s2.append(sentinel())
        got.append(ll.v)
        ll.v = 100

    _thread.start_new_thread(t2, ())
    while not s2:
        pass
    wait_all(s2)
    print(inits, got, ll.v)


def errors():
    for args in [(1, ()), (print, []), (print, (), 1)]:
        try:
            _thread.start_new_thread(*args)
        except TypeError as e:
            print("TypeError", e)
    try:
        _thread.stack_size(5)
    except ValueError as e:
        print("ValueError", e)
    print(_thread.stack_size(), _thread.stack_size(0))
    try:
        _thread.exit()
    except SystemExit as e:
        print("SystemExit", e.args)


def thread_exit_quietly():
    s = []

    def t():
        s.append(sentinel())
        _thread.exit()

    _thread.start_new_thread(t, ())
    while not s:
        pass
    wait_all(s)
    print("thread exited")


counting()
locks()
rlocks()
local_data()
errors()
thread_exit_quietly()
