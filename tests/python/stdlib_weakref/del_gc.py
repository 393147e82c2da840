# __del__ and gc.collect(): finalizers and callbacks run before collect returns.
import gc
import _weakref


class D:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __del__(self):
        self.log.append("del " + self.name)


class Sub(D):
    pass


class Late:
    pass


def simple():
    log = []
    d = D("a", log)
    del d
    gc.collect()
    print(log)
    Sub("b", log)
    gc.collect()
    print(log)


def weak_and_del():
    log = []
    d = D("c", log)
    r = _weakref.ref(d, lambda x: log.append("callback"))
    del d
    gc.collect()
    print(log, r())


def resurrect():
    saved = []

    class R:
        def __del__(self):
            saved.append(self)

    R()
    gc.collect()
    print(len(saved), type(saved[0]).__name__)
    saved.clear()
    gc.collect()
    print(len(saved))


def new_override():
    log = []

    class N(D):
        def __new__(cls, *args):
            return super().__new__(cls)

    N("n", log)
    gc.collect()
    print(log)


def api():
    print(gc.isenabled())
    gc.disable()
    print(gc.isenabled())
    gc.enable()
    print(gc.isenabled())
    print(gc.get_threshold())
    gc.set_threshold(800, 20)
    print(gc.get_threshold())
    gc.set_threshold(700, 10, 10)
    print(type(gc.get_count()).__name__, len(gc.get_count()))
    print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
    print(gc.get_debug())
    print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked(Late()))
    print(type(gc.collect()).__name__, type(gc.collect(0)).__name__)
    try:
        gc.collect(3)
    except ValueError as e:
        print("ValueError", e)
    print(gc.garbage, type(gc.callbacks).__name__)
    phases = []
    cb = lambda phase, info: phases.append((phase, sorted(info)))
    gc.callbacks.append(cb)
    gc.collect()
    gc.callbacks.remove(cb)
    print(phases)
    gc.freeze()
    gc.unfreeze()
    print(gc.get_freeze_count(), len(gc.get_stats()))


simple()
weak_and_del()
resurrect()
new_override()
api()
