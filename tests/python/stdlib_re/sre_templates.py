# _sre's callbacks into the re module for replacement templates (re._subx)
# and Match.expand (re._expand), through a stand-in re module in sys.modules.
import sys
import _sre
CASES = [('a+', 32, [14, 4, 0, 1, 4294967295, 24, 6, 1, 4294967295, 16, 97, 1, 1], 0, {}, (None,)), ('(?P<x>a)(b)?', 32, [14, 8, 1, 1, 2, 1, 0, 97, 0, 17, 0, 16, 97, 17, 1, 23, 9, 0, 1, 17, 2, 16, 98, 17, 3, 18, 1], 2, {'x': 1}, (None, 'x', None)), ('(\\w+)\\s(\\w+)', 32, [14, 4, 0, 3, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 13, 4, 8, 12, 0, 17, 2, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 3, 1], 2, {}, (None, None, None)), ('x*', 32, [14, 4, 0, 0, 4294967295, 24, 6, 0, 4294967295, 16, 120, 1, 1], 0, {}, (None,)), (b'[a-c]+', 0, [14, 4, 0, 1, 4294967295, 24, 10, 1, 4294967295, 13, 5, 22, 97, 99, 0, 1, 1], 0, {}, (None,)), ('(?i)straße', 34, [14, 4, 0, 6, 6, 39, 6, 16, 115, 16, 383, 0, 40, 116, 40, 114, 40, 97, 40, 223, 40, 101, 1], 0, {}, (None,)), ('(a)|(b)', 32, [14, 4, 0, 1, 1, 7, 9, 17, 0, 16, 97, 17, 1, 15, 11, 9, 17, 2, 16, 98, 17, 3, 15, 2, 0, 1], 2, {}, (None, None, None))]
calls = []
fake = type(sys)("re")


def _subx(pattern, template):
    calls.append(("_subx", pattern.pattern, template))
    if template == "\\n":
        return "<newline>"
    if template == "\\0":
        return None

    def filt(m):
        return "[" + m.group() + "|" + template + "]"
    return filt


def _expand(pattern, match, template):
    calls.append(("_expand", pattern.pattern, match.span(), template))
    return template.replace("\\0", match.group())


fake._subx = _subx
fake._expand = _expand
saved = sys.modules.get("re")
sys.modules["re"] = fake


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a, x, w, star, bc, ss, ab = [_sre.compile(*c) for c in CASES]
t(lambda: a.sub("\\n", "baab"))
t(lambda: a.sub("\\0", "baab"))
t(lambda: a.sub("x\\1y", "baab ab"))
t(lambda: a.subn("lit", "baab ab"))
t(lambda: a.sub(5, "baab"))
t(lambda: bc.sub(b"\\x", b"abcd"))
t(lambda: bc.sub(bytearray(b"-"), b"abcd"))
t(lambda: w.search(" foo bar").expand("<\\0>"))
t(lambda: w.search(" foo bar").expand(template="{\\0}"))
print(calls)
del fake._subx
t(lambda: a.sub("\\n", "aa"))
sys.modules["re"] = saved
