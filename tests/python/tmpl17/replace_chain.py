# Chains of str.replace calls with constant arguments (LOAD_METHOD_REPLACE
# runs them in one dispatch): results, identity, subclasses, other types,
# jumps into the middle of a chain, errors, tracing and profiling.
import sys


def escape(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def one(s):
    return s.replace("a", "bb")


def order(s):
    # Later calls see the earlier replacements.
    return s.replace("a", "b").replace("b", "c").replace("cc", "d")


def mixed(s, t):
    # The second call's argument is not a constant: only the first fuses.
    return s.replace("x", "y").replace(t, "z").replace("q", "r")


def cond(s, c):
    # A jump lands on the second call of the chain.
    return (s if c else s.replace("a", "A")).replace("b", "B").replace("c", "C")


class S(str):
    def replace(self, old, new, count=-1):
        return "S.replace(%r, %r)" % (old, new)


class T(str):
    pass


for _ in range(3):  # generic, then specialized runs
    print(escape('say "hi" <b> & co'), escape("plain"), escape(""))
    print(one("banana"), one("xyz"), order("aabbcc"), order("abcabc"))
    print(mixed("xqx", "y"), mixed("aqa", "a"), cond("abc", True), cond("abc", False))
    p = "nothing to do"
    print(escape(p) is p, one(p) is p)
    print(escape("é<ü>€"), escape("x" * 3 + "&" * 2), len(escape("<" * 1000)))
    print(escape(S("a<b")), type(escape(T("a<b"))).__name__, escape(T("a<b")))
    print(escape(b"a<b".decode()), one(bytearray(b"aXa").decode()))
    try:
        escape(b"a<b")
    except TypeError as e:
        print("TypeError", e)
    try:
        escape(None)
    except AttributeError as e:
        print("AttributeError", e)
    print(bytes(b"a&b").replace(b"&", b"+").replace(b"b", b"c"))


def deopt_then_again():
    out = []
    for x in ["a<b", S("a<b"), "c>d", b"e", "f&g"]:
        try:
            out.append(escape(x))
        except TypeError as e:
            out.append(type(e).__name__)
    return out


print(deopt_then_again())
print(deopt_then_again())

# A tracer sees every line and call of the chain; a profiler its C calls.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "escape":
        events.append((event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer


sys.settrace(tracer)
escape("<x>")
sys.settrace(None)
print(events)

calls = []


def prof(frame, event, arg):
    if event == "c_call":
        calls.append(arg.__name__)


sys.setprofile(prof)
escape("<x>")
sys.setprofile(None)
print(calls)
print(escape("after <tracing>"))

# The first-byte scan: short and long strings, with and without matches,
# non-ASCII text around the matched bytes, identity when nothing matches.
for s in ["", "a", "no specials here", "x" * 63 + "<", "x" * 64 + "<", "y" * 200,
          "€" * 30 + "&", "日本<語>", "é" * 40]:
    r = escape(s)
    print(len(s), len(r), r is s, r[-12:])


def twochar(s):
    return s.replace("ab", "X").replace("ba", "Y").replace("€€", "E")


for s in ["aab", "bab", "abba", "b", "€€€", "a€€b", "zzz"]:
    r = twochar(s)
    print(s, r, r is s)

# str.join with and without a separator.
parts = ["a", "", "bc", "€", "d" * 5]
print("".join(parts), "-".join(parts), "".join([]), "".join(["x"]), ", ".join(("p", "q")))
print("".join(p for p in parts), len("".join(["ab"] * 500)), "".join(["", ""]) == "")
