# re module extras: re.Scanner, re.error attributes, str subclass subjects,
# non-BMP and big character sets, Match attributes, lastgroup.
import re
sc = re.Scanner([(r"\d+", lambda s, t: ("INT", int(t))), (r"[a-z]+", lambda s, t: ("ID", t)), (r"\s+", None)])
print(sc.scan("abc 12 de 3 !"))
try:
    re.compile("a(b")
except re.error as e:
    print(e.msg, e.pos, e.lineno, e.colno, repr(e.pattern))
class S(str): pass
m = re.match(r"\w+", S("hello world")); print(m.group(), type(m.group()).__name__, type(m.string).__name__)
print(re.findall("[\u4e00-\u9fff\U00010000-\U0010ffff]+", "ab中文\U0001f600x"))
print(re.match(r"(?i)\U00010400", "\U00010428"), re.fullmatch("[^\x00-\x7f]+", "éü"))
print(re.sub(r"\w", lambda m: m.group().upper(), "añb\u0101"))
print(re.compile("[\u0100-\u0200\u3000-\u3100]+").findall("\u0150\u3050x"))
p = re.compile(r"(\w+) (\w+)"); m = p.match("hi there you")
print(m[0], m[1], m[2], m.span(2), m.regs, m.pos, m.endpos, m.re is p, m.lastindex)
print(re.match("(a)|(b)", "b").lastgroup, re.match("(?P<A>a)|(?P<B>b)", "b").lastgroup)
print(list(re.finditer(r"\b", "ab cd")), re.compile("x").scanner("xx").search())
print(re.Pattern.__name__, re.Match.__name__, type(re.compile("a").scanner("")).__name__)
print(re.compile(r"a", re.DEBUG) if False else "", re.I == re.IGNORECASE, repr(re.I | re.X))
