# min/max/print bind their *args to a tuple lent over the caller's
# registers: nested and re-entrant calls (keys that call min/max/print,
# builtins as keys, keys raising), defaults and errors.
import io
import sys


def key_nested(v):
    return min(v, 10 - v, max(v, 3))


def key_print(v):
    print("key", v, sep=":", end=";")
    return -v


def key_raise(v):
    if v == 3:
        raise ValueError("key %d" % v)
    return v


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return max(self.v, 0) < min(o.v, 100)

    def __gt__(self, o):
        return o < self

    def __repr__(self):
        return "K(%d)" % self.v


def gen_key(v):
    return sum(x for x in range(v)) % 7


def run():
    t = 0
    for i in range(200):
        t += min(i, 5, 3) + max(i, 5, key=lambda x: -x) + min([i, 2], key=key_nested)
        t += max(i, i + 1, i + 2, key=key_nested) + min(i, 7, key=gen_key)
    print(t)
    print(min(4, 9, 1, key=key_print))
    print(max([4, 9, 1], key=key_print))
    print(min(K(3), K(1), K(2)), max(K(3), K(1), K(2)), min([K(5), K(4)]))
    print(max("abc", "abd", key=max), min([[3, 1], [2, 9]], key=min), min(3, 4, key=abs))
    print(max((1, 2), (1, 3), key=lambda p: max(*p)), min(range(5), key=lambda v: min(v, 2)))
    for f in (min, max):
        for args, kw in [((), {}), ((1,), {}), ((1, 2), {"default": 0}), (([],), {}),
                         (([], ), {"default": "d"}), ((1, 2, 3), {"key": key_raise}),
                         ((1, 2), {"bad": 1}), ((1, "a"), {})]:
            try:
                print(f.__name__, f(*args, **kw))
            except (TypeError, ValueError) as e:
                print(f.__name__, type(e).__name__, e)
    buf = io.StringIO()
    for i in range(3):
        print(i, min(i, 1), max(i, 1), sep="|", end="/", file=buf)
        print(*[i, i], file=buf)
    print(buf.getvalue())
    print(*range(5), sep=min(",", ";"), end=max("\n", "!") + "\n")
    print()
    print(sep="x")
    try:
        print(1, 2, sep=3)
    except TypeError as e:
        print(e)


run()
saved = []


class Keep:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        saved.append(sys._getframe(1).f_code.co_name)
        return self.v < o.v


print(min(Keep(2), Keep(1), Keep(3)).v, len(saved))
