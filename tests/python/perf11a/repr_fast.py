# f-string !r and repr() of exact small ints, floats and plain ASCII strs
# take a fast path; subclasses, escapes and quote choice must not change.


class S(str):
    pass


class R(str):
    def __repr__(self):
        return "R!"


class I(int):
    def __repr__(self):
        return "I!"


class F(float):
    pass


vals = [0, -1, 2**62, 2**63, -2**100, 0.1, -0.0, 1e16, 1e-5, float("inf"), float("nan"),
        "", "a", "plain text", "it's", 'say "hi"', "both ' and \"", "back\\", "nl\n",
        "\x7f", "~ ", "é", "\u2028", "\U0001f600", S("sub"), S("it's"), R("r"), I(3), F(1.5),
        True, False, None, b"x", (1, "a"), ["q'"]]
for v in vals:
    print(f"{v!r}", repr(v), f"[{v!r:>12}]", "%r" % (v,), f"{v!r}{v!r}")
    r = repr(v)
    print(type(r).__name__, len(r), r.isascii(), hash(r) == hash(str(r)), r == f"{v!r}")
print(f"{'x'!r:*^9}")
print(repr(S("abc")) == "'abc'", type(repr(S("abc"))).__name__)
print(ascii("é"), f"{'é'!a}")
d = {"k": "v", 1: 2.5}
print(f"{d!r} {d['k']!r}")
