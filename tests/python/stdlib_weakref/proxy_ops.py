# _weakref.proxy forwards attributes and operators; dead proxies raise ReferenceError.
import _weakref
import gc


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __radd__(self, o):
        return Num(o + self.v)

    def __iadd__(self, o):
        self.v += o
        return self

    def __neg__(self):
        return Num(-self.v)

    def __eq__(self, o):
        return isinstance(o, Num) and self.v == o.v

    def __lt__(self, o):
        return self.v < o.v

    __hash__ = None

    def __len__(self):
        return self.v

    def __getitem__(self, i):
        return i * 10

    def __setitem__(self, i, x):
        self.last = (i, x)

    def __delitem__(self, i):
        self.last = ("del", i)

    def __contains__(self, x):
        return x == self.v

    def __iter__(self):
        return iter(range(self.v))

    def __bool__(self):
        return self.v != 0

    def __str__(self):
        return "Num(%d)" % self.v

    def __index__(self):
        return self.v

    def __call__(self, *a, **k):
        return ("called", a, k)

    def method(self):
        return "method of %d" % self.v


class Plain:
    pass


def ops():
    n = Num(3)
    p = _weakref.proxy(n)
    print(type(p).__name__, type(_weakref.proxy(Plain())).__name__)
    print(_weakref.proxy(n) is p, _weakref.proxy(n, lambda r: None) is p)
    print(p.v, p.method(), (p + 1).v, (1 + p).v, (-p).v, p == Num(3), p == n, p < Num(4))
    print(len(p), p[4], 3 in p, 4 in p, list(p), bool(p), str(p), p(1, k=2))
    print([1, 2, 3, 4, 5][p], hex(p))
    p[1] = "x"
    print(n.last)
    del p[2]
    print(n.last)
    p.w = 7
    print(n.w)
    del p.w
    print(hasattr(n, "w"))
    q = p
    q += 5
    print(n.v, q is p)
    try:
        hash(p)
    except TypeError as e:
        print("TypeError", e)
    print(p.__class__ is Num, isinstance(p, _weakref.ProxyType))
    try:
        p.missing
    except AttributeError as e:
        print("AttributeError", e)


def iterator_proxy():
    class It:
        def __init__(self):
            self.i = 0

        def __iter__(self):
            return self

        def __next__(self):
            self.i += 1
            if self.i > 3:
                raise StopIteration
            return self.i

    it = It()
    p = _weakref.proxy(it)
    print(next(p), next(p), list(p))
    keep = Num(1)
    try:
        next(_weakref.proxy(keep))
    except TypeError as e:
        print("TypeError", e)


def dead():
    log = []
    n = Num(1)
    p = _weakref.proxy(n, lambda r: log.append(type(r).__name__))
    del n
    gc.collect()
    print(log)
    for action in (lambda: p.v, lambda: p + 1, lambda: len(p), lambda: str(p), lambda: p(), lambda: bool(p),
                   lambda: p == 1):
        try:
            action()
            print("no error")
        except ReferenceError as e:
            print("ReferenceError", e)
    w = repr(p).split(" ")
    print(w[:2], w[3:5])


ops()
iterator_proxy()
dead()
