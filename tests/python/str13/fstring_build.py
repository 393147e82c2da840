# f-strings joined by BUILD_STRING: parts shorter and longer than eight
# bytes, empty fields, one-character and empty results, non-ASCII and
# astral text, lone surrogates, str subclasses from __format__ and
# conversions, and the length and identity facts of the result.
class S(str):
    pass


class F:
    def __format__(self, spec):
        return S("<" + spec + ">")


class Bad:
    def __format__(self, spec):
        return 42


e, a, u, w = "", "a", "\u00e9t\u00e9", "\U0001f600"
long = "abcdefghijklmnopqrstuvwxyz"
vals = [
    f"{e}{e}", f"{e}{a}", f"{a}{e}{e}", f"x{e}", f"{e}y{e}", f"{a}{a}",
    f"[{long}]({long[:8]})<{long[:9]}>", f"{u}|{w}|{a}", f"{u}{long}{u}",
    f"{e}{chr(0xd800)}-{chr(0xdfff)}",
    f"{F():spec}{F()}", f"{S('sub')!s}|{S('r')!r}|{S(u)!a}",
    f"{1}{2.5}{-3:>4}{True}{None}", f"{'x' * 9}{'y' * 8}{'z' * 7}",
    f"{w}" * 3, f"{long}{long}{long}{long}{long}{long}{long}{long}{long}",
]
for v in vals:
    print(ascii(v), len(v), type(v).__name__, v.isascii())
print(f"{long}{e}" is long, f"{e}{e}" == "", type(f"{S('q')}").__name__)
try:
    f"{Bad()}x"
except TypeError as err:
    print("TypeError", err)
parts = [str(i) * (i % 11) for i in range(40)]
print(ascii(f"{parts[0]}{parts[1]}{parts[9]}{parts[10]}{parts[11]}{parts[21]}"))
print(hash(f"{a}{u}") == hash("a\u00e9t\u00e9"), f"{u}{a}" == u + a)
