# multiprocessing's shared ctypes (Value, Array, RawValue, RawArray, a
# Structure) living in an mmap arena, updated by a forked Process.
import ctypes
import multiprocessing as mp
from multiprocessing import sharedctypes


class Pair(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_double)]


def work(v, a, s, text, lock):
    with lock:
        v.value += 5
    for i in range(len(a)):
        a[i] = a[i] * 2
    s.x += 1
    s.y = s.y / 2
    text.value = b"child"


if __name__ == "__main__":
    ctx = mp.get_context("fork")
    v = ctx.Value("i", 10)
    a = ctx.Array("d", [1.0, 2.0, 3.0])
    s = ctx.Value(Pair, 1, 5.0)
    text = ctx.Array("c", b"parent")
    lock = ctx.Lock()
    p = ctx.Process(target=work, args=(v, a, s, text, lock))
    p.start()
    p.join()
    print(p.exitcode, v.value, a[:], list(a), s.x, s.y, text.value, text.raw)
    with v.get_lock():
        v.value += 1
    print(v.value, type(v).__name__, type(a).__name__, type(v.get_obj()).__name__)
    print(ctx.Value("i", 3, lock=False))
    r = sharedctypes.RawArray("b", 4)
    print(r[:], type(r).__name__, ctypes.sizeof(r))
    r2 = sharedctypes.RawArray(ctypes.c_ushort, [1, 2, 3])
    print(r2[:])
    rv = sharedctypes.RawValue(ctypes.c_double, 1.5)
    print(rv.value, type(rv).__name__)
    cp = sharedctypes.copy(s.get_obj())
    print(cp.x, cp.y)
    sync = sharedctypes.synchronized(sharedctypes.RawValue("i", 8))
    print(sync.value, type(sync).__name__)
    arr = ctx.Array("i", 5)
    print(arr[:], len(arr), arr[1:3])
    arr[1:3] = [7, 8]
    print(arr[:])
