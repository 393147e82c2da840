# Fused `for a, b in <dict items | enumerate | zip>` loops: every way the
# iteration or the unpacking can differ from the plain tuple path.
import sys


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


d = {"a": 1, "b": 2, "c": 3}


def items_loop():
    out = []
    for k, v in d.items():
        out.append((k, v))
    return out


def items_comp():
    return [k * v for k, v in d.items() if v != 2]


def items_changed_size():
    e = dict(d)
    for k, v in e.items():
        e[k + k] = v


def items_keys_changed():
    e = {1: 1, 2: 2}
    n = 0
    for k, v in e.items():
        n += 1
        if n > 5:
            return "looped"
        del e[k]
        e[k + 10] = v


def items_wrong_count():
    for a, b, c in d.items():
        pass


def items_one_target():
    return [kv for kv in d.items()]


def items_starred():
    return [(k, rest) for k, *rest in d.items()]


def items_reversed():
    return [(k, v) for k, v in reversed(d.items())]


class D(dict):
    def items(self):
        return [("x", 0)]


def subclass_items():
    return [(k, v) for k, v in D(d).items()] + [(k, v) for k, v in dict.items(D(d))]


def enum_loop():
    return [(i, x) for i, x in enumerate("abc")] + [(i, x) for i, x in enumerate("ab", 5)]


def enum_big_start():
    return [(i, x) for i, x in enumerate("abc", 2**62 - 2)] + [(i, x) for i, x in enumerate("ab", 2**64)]


def enum_neg_start():
    return [(i, x) for i, x in enumerate("abc", -2)]


def enum_bool_start():
    return [(i, x) for i, x in enumerate("ab", True)]


class Once:
    def __init__(self):
        self.calls = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.calls += 1
        if self.calls > 2:
            raise StopIteration
        return self.calls * 10


def enum_user_iter():
    it = Once()
    out = [(i, x) for i, x in enumerate(it)]
    return out, it.calls


class Boom:
    def __iter__(self):
        return self

    def __next__(self):
        raise KeyError("boom")


def enum_raises():
    for i, x in enumerate(Boom()):
        pass


def enum_nested_target():
    return [(i, a, b) for i, (a, b) in enumerate([(1, 2), (3, 4)])]


def enum_resume():
    e = enumerate("abcd")
    out = []
    for i, x in e:
        out.append(i)
        if i == 1:
            break
    out.append(next(e))
    for i, x in e:
        out.append(x)
    return out


class MyEnum(enumerate):
    def __next__(self):
        i, x = super().__next__()
        return i * 100, x


def enum_subclass():
    return [(i, x) for i, x in MyEnum("ab")]


def zip_loop():
    return [(x, y) for x, y in zip("abc", range(5))]


def zip_strict():
    out = []
    for x, y in zip("abc", range(2), strict=True):
        out.append((x, y))
    return out


def zip_three():
    return [(x, y, z) for x, y, z in zip("ab", "cd", "ef")]


def zip_three_into_two():
    for x, y in zip("ab", "cd", "ef"):
        pass


def zip_one_into_two():
    return [(x, y) for x, y in zip(["ab", "cd"])]


def zip_calls():
    it = Once()
    out = [(x, y) for x, y in zip("abcdef", it)]
    return out, it.calls


def zip_raises():
    for x, y in zip("ab", Boom()):
        pass


def while_else():
    n = 0
    for k, v in d.items():
        n += v
    else:
        n += 100
    return n


def gen_consumer():
    def g():
        for i, x in enumerate("xyz"):
            yield i, x
    return list(g())


def targets_kept_after_loop():
    k = v = None
    for k, v in {}.items():
        pass
    for i, x in enumerate([]):
        pass
    return k, v


def traced():
    lines = []

    def tracer(frame, event, arg):
        if event == "line" and frame.f_code.co_name == "body":
            lines.append(frame.f_lineno - frame.f_code.co_firstlineno)
        return tracer

    def body():
        t = 0
        for a, b in enumerate("ab"):
            t += a
        for a, b in {1: 2}.items():
            t += b
        return t

    sys.settrace(tracer)
    try:
        r = body()
    finally:
        sys.settrace(None)
    return r, lines


for name, fn in list(globals().items()):
    if callable(fn) and fn.__module__ == "__main__" and name not in ("show", "Once", "Boom", "D", "MyEnum"):
        show(name, fn)
