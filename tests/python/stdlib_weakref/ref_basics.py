# _weakref.ref: sharing, callbacks, hashing, equality, repr, errors.
import _weakref
import gc


class C:
    pass


def f():
    pass


def shape(r):
    # the repr without its addresses
    out = []
    for w in repr(r).split(" "):
        if w.startswith("0x"):
            w = "ADDR" + w.lstrip("0x123456789abcdef")
        out.append(w)
    return " ".join(out)


def basics():
    c = C()
    r = _weakref.ref(c)
    print(r() is c, _weakref.ref(c) is r, r.__callback__)
    print(type(r).__name__, type(r).__module__, _weakref.ref is _weakref.ReferenceType)
    print(shape(r))
    print(shape(_weakref.ref(f)))
    print(shape(_weakref.ref(C)))
    cb = lambda x: None
    r2 = _weakref.ref(c, cb)
    print(r2 is not r, r2.__callback__ is cb, r == r2, r != r2, hash(r) == hash(c))
    print(_weakref.getweakrefcount(c), _weakref.getweakrefs(c)[0] is r)
    print(r < r2 if False else "skip")
    try:
        r < r2
    except TypeError as e:
        print("TypeError", e)
    try:
        r(1)
    except TypeError as e:
        print("TypeError", e)
    try:
        r(a=1)
    except TypeError as e:
        print("TypeError", e)
    try:
        _weakref.ref()
    except TypeError as e:
        print("TypeError", e)
    try:
        _weakref.ref(c, None, 3)
    except TypeError as e:
        print("TypeError", e)
    try:
        _weakref.ref(c, callback=None)
    except TypeError as e:
        print("TypeError", e)
    print(_weakref.ref(c, None) is r)


def not_weakrefable():
    class S:
        __slots__ = ("a",)

    class S2(S):
        pass

    class S3:
        __slots__ = ("__weakref__",)

    class I(int):
        pass

    class T(tuple):
        pass

    class L(list):
        pass

    for o in (1, 2.5, "s", b"b", (), [], {}, None, True, object(), range(3), S(), I(3), T()):
        try:
            _weakref.ref(o)
            print("ok", type(o).__name__)
        except TypeError as e:
            print("TypeError", e)
    for o in (S2(), S3(), L(), set(), frozenset(), len, C, f, f.__code__, (x for x in ())):
        print(_weakref.ref(o)() is o, type(o).__name__)
    print(_weakref.getweakrefcount(1), _weakref.getweakrefs("x"))


def callbacks():
    log = []
    c = C()
    r1 = _weakref.ref(c, lambda r: log.append(("r1", r is r1, r())))
    r2 = _weakref.ref(c, lambda r: log.append(("r2", r is r2)))
    basic = _weakref.ref(c)
    p = _weakref.proxy(c)
    r4 = _weakref.ref(c, lambda r: log.append(("r4",)))
    order = _weakref.getweakrefs(c)
    print([x is basic for x in order], [x is p for x in order], [x is r4 for x in order],
          [x is r2 for x in order], [x is r1 for x in order])
    print(_weakref.getweakrefcount(c))
    # a reference that dies before its object calls nothing
    _weakref.ref(c, lambda r: log.append("never"))
    del order, p
    h = hash(r1)
    del c
    gc.collect()
    print(log)
    print(r1(), r1.__callback__, shape(r1), hash(r1) == h)
    print(r1 == r2, r1 != r2, r1 == r1)
    try:
        hash(r2)
    except TypeError as e:
        print("TypeError", e)


def subclass():
    class KeyedRef(_weakref.ref):
        __slots__ = ("key",)

        def __new__(type, ob, callback, key):
            self = _weakref.ref.__new__(type, ob, callback)
            self.key = key
            return self

        def __init__(self, ob, callback, key):
            super().__init__(ob, callback)

    class MyRef(_weakref.ref):
        pass

    log = []
    c = C()
    k = KeyedRef(c, lambda r: log.append(r.key), "the key")
    print(k() is c, k.key, type(k).__name__, isinstance(k, _weakref.ref))
    m = MyRef(c)
    m.extra = 5
    basic = _weakref.ref(c)
    print(m is not basic, m.extra, m() is c)
    print(_weakref.getweakrefcount(c))
    del c
    gc.collect()
    print(log, k(), m(), basic())


def remove_dead():
    d = {}
    c = C()
    d["live"] = _weakref.ref(c)
    e = C()
    d["dead"] = _weakref.ref(e)
    del e
    gc.collect()
    _weakref._remove_dead_weakref(d, "dead")
    _weakref._remove_dead_weakref(d, "live")
    _weakref._remove_dead_weakref(d, "missing")
    print(sorted(d))
    try:
        _weakref._remove_dead_weakref([], 1)
    except TypeError as e:
        print("TypeError", type(e).__name__)


basics()
not_weakrefable()
callbacks()
subclass()
remove_dead()
