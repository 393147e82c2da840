# weakref.py over _weakref: WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize, WeakMethod.
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def method(self):
        return self.name

    def __repr__(self):
        return "Obj(%s)" % self.name


def value_dict():
    d = weakref.WeakValueDictionary()
    a, b = Obj("a"), Obj("b")
    d["a"] = a
    d["b"] = b
    print(sorted(d), d["a"], len(d), "a" in d)
    del a
    gc.collect()
    print(sorted(d), len(d), d.get("a"))
    print(sorted(k for k, v in d.items()))


def key_dict():
    d = weakref.WeakKeyDictionary()
    k1, k2 = Obj("k1"), Obj("k2")
    d[k1] = 1
    d[k2] = 2
    print(sorted(v for v in d.values()), len(d))
    del k2
    gc.collect()
    print(list(d.values()), len(d), k1 in d)


def weak_set():
    s = weakref.WeakSet()
    x, y = Obj("x"), Obj("y")
    s.add(x)
    s.add(y)
    print(len(s), x in s)
    del y
    gc.collect()
    print(len(s), [o.name for o in s])


def finalizers():
    log = []
    o = Obj("f")
    f = weakref.finalize(o, log.append, "finalized")
    print(f.alive, f.atexit)
    del o
    gc.collect()
    print(log, f.alive)
    o2 = Obj("g")
    f2 = weakref.finalize(o2, lambda: log.append("called"))
    print(f2(), log[-1], f2.alive, f2())


def weak_method():
    o = Obj("m")
    wm = weakref.WeakMethod(o.method)
    print(wm()())
    del o
    gc.collect()
    print(wm())


def refs():
    o = Obj("r")
    r = weakref.ref(o)
    p = weakref.proxy(o)
    print(r() is o, p.name, weakref.getweakrefcount(o), type(p) is weakref.ProxyType)
    print(weakref.ref is weakref.ReferenceType, weakref.ProxyTypes)


value_dict()
key_dict()
weak_set()
finalizers()
weak_method()
refs()
