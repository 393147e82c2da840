# The re module's API over a table of patterns x subjects x functions: flags,
# named groups, lookarounds, backreferences, sub with callables and
# templates, split, finditer, fullmatch, escape, and re.error messages.
import re

PATTERNS = [
    (r"a+", 0), (r"a*?b", 0), (r"(?P<word>\w+)\s+(?P=word)", 0), (r"(\d+)-(\d+)", 0),
    (r"^\s*#.*$", re.M), (r"colou?r", re.I), (r"(?<=\$)\d+(\.\d\d)?", 0), (r"\b(?!un)\w+able\b", 0),
    (r"(?s)<b>(.*?)</b>", 0), (r"[^\W\d_]+", 0), (r"(a)|(b)|(c)", 0), (r"(?x) (\d{3}) [-.]? (\d{4})", 0),
    (r"\w+@\w+\.(com|org)", 0), (r"(?i:HELLO) world", 0), (r"(?P<x>a)?b(?(x)c|d)", 0), (r"", 0),
    (r"x*", 0), (r"\s+|\d", 0), (r"(?m)^(\w)", 0), (r"[\u00e0-\u00ff]+", 0), (r"(?a)\w+", 0),
    (r"(?L)\w+", 0) if False else (r"\W+", 0), (r"(ab)*c", 0), (r"(?>a|ab)c", 0), (r"a{2}b{1,3}?", 0),
]
SUBJECTS = [
    "", "aaa", "xaaab ab b", "hello hello world world", "12-34 and 5-678", "# comment\n  # two\ncode",
    "Color colour COLOUR", "cost $12.50 or $7", "unbelievable capable unable", "<b>x</b> <b>y\nz</b>",
    "abc", "call 555-1234 or 555.9876", "me@x.com you@y.org no@z.net", "hello world HELLO world",
    "abc bd", "été à Paris", "a1 b2", "ababc", "aabbb",
]
TEMPLATES = [r"<\g<0>>", r"\1", r"[\g<1>]", r"-", "", r"\n", lambda m: m.group().upper(), lambda m: str(len(m.group()))]


def show(label, f):
    try:
        r = f()
    except (re.error, IndexError, TypeError, ValueError) as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, ascii(r))


def desc(m):
    if m is None:
        return None
    return (m.span(), m.group(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup)


for pat, flags in PATTERNS:
    p = re.compile(pat, flags)
    print("PATTERN", ascii(p), p.groups, sorted(p.groupindex.items()))
    for s in SUBJECTS:
        show(" search", lambda: desc(p.search(s)))
        show(" match", lambda: desc(p.match(s)))
        show(" fullmatch", lambda: desc(p.fullmatch(s)))
        show(" findall", lambda: p.findall(s))
        show(" finditer", lambda: [m.span() for m in p.finditer(s)])
        show(" split", lambda: p.split(s))
        show(" split2", lambda: re.split(pat, s, maxsplit=2, flags=flags))
        for i, t in enumerate(TEMPLATES):
            show(" sub%d" % i, lambda: p.sub(t, s))
        show(" subn1", lambda: p.subn("#", s, count=1))
        m = p.search(s)
        if m is not None:
            show(" expand", lambda: m.expand(r"[\g<0>]"))
            show(" repr", lambda: repr(m))

for bad in [r"(", r"a)", r"[a-", r"*a", r"a**", r"(?P<1>a)", r"(?P<a>a)(?P<a>b)", r"\1(a)", r"(?<=a+)b", r"x{2,1}", r"\p", r"(?z)"]:
    show("compile %r" % bad, lambda: re.compile(bad))
for t in [r"\9", r"\g<x>", r"\g<-1>", "\\"]:
    show("template %r" % t, lambda: re.sub(r"(a)", t, "a"))
print(re.escape("a.b*c?d(e)f[g]h{i}j|k^l$m\\n o\tp"), re.escape(b"a.b"))
print(re.purge(), re.fullmatch(r"\d+", "123"), re.search(b"[\x80-\xff]", b"ab\xe9").span())
print(re.findall(r"(\w)(\d)?", "a1b c2"), re.split(r"(,)|;", "a,b;c"), re.sub(r"(?P<n>\d)", r"<\g<n>>", "a1b22"))
print(re.subn(r"", "-", "abc"), re.sub(r"x*", "-", "abxd"), re.split(r"\b", "a b"), re.split(r"x*", "axbc"))
print(re.compile(r"(?i)ß").match("SS"), re.compile(r"(?i)ﬃ").match("FFI"), re.match(r"(?i)[ǅ]", "ǆ"))
print(re.I | re.M, re.Pattern, re.Match, type(re.compile("a")), re.compile("a") == re.compile("a"))
print(re.compile("a", re.X | re.S), re.compile(b"a", re.L), re.compile("a" * 300, re.A))
print(re.template if False else None, sorted(k for k in dir(re) if not k.startswith("_")))
