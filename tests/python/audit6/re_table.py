import re
pats = [r"\d+", r"(\w+)@(\w+)\.com", r"^\s*#.*$", r"(?P<key>\w+)=(?P<val>[^;]*)", r"a|b|", r"(?i)hello",
        r"(\d)(?=(\d{3})+$)", r"\bfoo\b", r"[^\W\d_]+", r"(a)(b)?", r"(?<=-)\w+", r"x*", r"(?:ab)+?", r"\$\{(\w+)\}",
        r"(?m)^(\w)", r"(?s)a.b", r"[\u00e0-\u00ff]+", r"(\w)\1", r"(?x) a  b  # comment", r"(?P<q>['\"]).*?(?P=q)"]
subjects = ["abc 123 def 4567", "joe@site.com, ann@web.com", "  # comment\ncode", "a=1;b=two;c=",
            "Hello HELLO hello", "1234567", "foo food afoo foo.", "café naïve", "a\nb\nc", "x-ray y-axis", "ab\nab", "'q' \"r\"", "aabbcc", "${HOME}/${USER}"]
for p in pats:
    rx = re.compile(p)
    print("PATTERN", repr(p), rx.groups, sorted(rx.groupindex.items()))
    for s in subjects:
        m = rx.search(s)
        fa = rx.findall(s)
        if m is None and not fa:
            continue
        print("  S", repr(s))
        if m:
            print("   search", m.span(), repr(m.group()), m.groups(), m.groupdict(), m.lastindex, m.lastgroup)
        print("   findall", fa)
        print("   finditer", [(x.start(), x.end()) for x in rx.finditer(s)])
        print("   sub", repr(rx.sub("<\\g<0>>", s)), rx.subn("#", s)[1])
        print("   split", rx.split(s, maxsplit=3))
        fm = rx.fullmatch(s)
        print("   fullmatch", fm and fm.group())
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"))
print(re.escape("a.b*c?d[e]f{g}h|i^j$k\\l m"))
print(re.split(r"(,)\s*", "a, b,c ,d"))
print(repr(re.compile(r"\d+", re.I | re.M)))
print(re.compile(r"x").pattern, re.compile(rb"x").pattern)
m = re.match(r"(?P<a>\w)(?P<b>\w)?", "x")
print(m, m.group("a", "b"), m.groups("dflt"), m.groupdict("dflt"), m.span("b"), m.expand(r"[\g<a>]"))
print(m[0], m["a"], m.re.pattern, m.string, m.pos, m.endpos)
for bad in [r"(", r"[a-", r"a{2,1}", r"(?P<1a>x)", r"\k", r"(?<=a+)b", r"*a", r"(?P=missing)", r"\1", r"(?z)"]:
    try:
        re.compile(bad)
        print("compiled", bad)
    except re.error as e:
        print("error", repr(bad), "|", e, "|", e.pos, e.msg)
for args in [(r"\d", 5), (5, "x"), (r"x", b"x")]:
    try:
        re.search(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    re.sub(r"(x)", r"\2", "x")
except re.error as e:
    print("error", e)
try:
    m.group(5)
except IndexError as e:
    print("IndexError", e)
try:
    m.group("zz")
except IndexError as e:
    print("IndexError", e)
print(re.fullmatch(rb"[\x00-\x7f]+", b"ascii"), re.match(r"a", "A", re.IGNORECASE).group())
print(re.findall(r"(?a)\w+", "café 1"), re.findall(r"\w+", "café 1"))
sc = re.Scanner([(r"\d+", lambda s, t: ("NUM", t)), (r"[a-z]+", lambda s, t: ("ID", t)), (r"\s+", None)])
print(sc.scan("abc 12 de 3 !"))
print(re.purge())
print(list(map(bool, [re.match(r"^$", ""), re.search(r"\Z", "x"), re.match(r"\A", "")])))
