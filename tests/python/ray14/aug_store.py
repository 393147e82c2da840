# Augmented assignments to attributes and subscripts of locals: the object
# (and key) are read from the locals' registers unless the value's := could
# rebind them, in which case the store must still go to the first object.


class Obj:
    def __init__(self, name):
        self.name = name
        self.n = 0

    def __repr__(self):
        return f"Obj({self.name}, {self.n})"


class Loud(Obj):
    def __setattr__(self, k, v):
        if k == "n":
            print("set", self.name, k, v)
        object.__setattr__(self, k, v)


def counting(self, calls, k):
    for _ in range(3):
        self.n += 1
        calls[0] += 2
        calls[k] += 3
    return self.n, calls


print(counting(Obj("a"), [0, 0], 1))


def walrus(a, b):
    a.n += (a := b).n + 10  # the sum goes to the first a
    print(a, b)
    d = {"x": 1, "y": 100}
    e = {"x": 5}
    key = "x"
    old = d
    d[key] += len((d := e, key := "y"))
    print(old, d, e, key)
    return a


first = Obj("first")
second = Obj("second")
second.n = 5
print(walrus(first, second), first, second)


def order():
    log = []

    class Rec(dict):
        def __getitem__(self, k):
            log.append(("get", k))
            return super().__getitem__(k)

        def __setitem__(self, k, v):
            log.append(("set", k, v))
            super().__setitem__(k, v)

    r = Rec(a=1)
    k = "a"
    r[k] += 5
    o = Loud("loud")
    o.n += 2
    o.n *= 3
    print(log, r, o)


order()


def errors(x):
    try:
        x.missing += 1
    except AttributeError as e:
        print("AttributeError", e)
    d = {}
    k = "nope"
    try:
        d[k] += 1
    except KeyError as e:
        print("KeyError", e)
    t = (1, 2)
    try:
        t[0] += 1
    except TypeError as e:
        print("TypeError", e)
    lst = [[1], [2]]
    i = 1
    lst[i] += [3]
    print(lst)
    try:
        del x
        x.n += 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


errors(Obj("e"))


def tuple_in_place():
    t = ([1],)
    try:
        t[0] += [2]
    except TypeError as e:
        print("TypeError", e, t)


tuple_in_place()
