# re: a table of patterns x subjects x functions, flags, groups, subs,
# splits and compile errors with positions.
import re, warnings
warnings.simplefilter("ignore")
pats = [r"a+", r"(a)(b)?", r"(?P<x>\d+)-(?P<y>\d+)", r"^\w+$", r"\bfoo\b", r"(?i)hello", r"a.c", r"(?s)a.c", r"x*", r"(a|ab)(c|bcd)(d*)",
        r"(?<=a)b", r"(?<!a)b", r"\d+(?=px)", r"\d+(?!px)", r"(\w)\1", r"(?P<q>['\"]).*?(?P=q)", r"[^\W\d]+", r"\s+", r"[a-c-e]",
        r"(?m)^\d$", r"\Aab\Z", r"a{2,3}", r"a{,2}?", r"(?:ab)+?", r"[\u00e9-\u00ff]+", r"(?x) a  b # comment", r"(a)|(b)", r"(?(1)a|b)",
        r"(a)?(?(1)b|c)", r"\$\d+\.\d{2}", r"[[:alpha:]]", r"(?a)\w+", r"\W", r".*?", r"(?i)straße", r"(?i)[k]", r"\x41\101\u0041", r"[]a]", r"[^]]"]
subjects = ["", "aaa", "ab abc", "12-34 5-6", "foo foobar foo", "HeLLo world", "a\nc abc", "aabbcc", "bb ab b", "10px 20em 5",
            "'q' \"dq\" 'x\"", "straSSe STRASSE", "\u212a k K", "\u00e9t\u00e9 caf\u00e9", "$12.50 $3", "AAA", "x\ny\n1\n2"]
for p in pats:
    try:
        rx = re.compile(p)
    except re.error as e:
        print(p, "error", e)
        continue
    for s in subjects:
        m = rx.search(s)
        r = [bool(rx.match(s)), m and (m.span(), m.group(), m.groups(), m.groupdict()), bool(rx.fullmatch(s)),
             rx.findall(s), [x.span() for x in rx.finditer(s)], rx.sub("<\\g<0>>", s), rx.subn(lambda m: m.group().upper(), s), rx.split(s)]
        print(repr(p), repr(s), r)
bad = [r"(", r")", r"[a", r"a**", r"(?P<1>x)", r"(?P<x>a)(?P<x>b)", r"\1", r"(?<=a+)b", r"a{3,2}", r"[z-a]", r"(?P=nope)", r"\p", r"(?Q)",
       r"x(?i)", r"\8", r"(?P<x", r"[\d-z]", r"(?#", r"a{99999999999}", r"\N{NOPE}", r"(?<=a|bc)", r"*", r"(?", r"\x1", r"\u12"]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), "ok")
    except re.error as e:
        print(repr(p), type(e).__name__, e, e.pos, e.lineno, e.colno, repr(e.msg))
    except Exception as e:
        print(repr(p), type(e).__name__, e)
for args in [(r"(\d)", r"<\1>", "a1b2"), (r"(\d)", r"\g<1>\g<0>", "a1"), (r"x", r"\n\t\\", "x"), (r"(\d)", r"\2", "1"), (r"(?P<n>\d)", r"\g<n>!", "7"),
             (r"(\d)", r"\g<bad>", "1"), (r"a", r"\q", "a"), (r"", "-", "abc"), (r"b*", "-", "abc"), (r"(a)|b", r"[\1]", "ab"), (r"a", lambda m: 5, "a")]:
    try:
        print(args[0], repr(re.sub(*args)))
    except Exception as e:
        print(args[0], type(e).__name__, e)
print(re.split(r"(,)", "a,b,,c"), re.split(r",", "a,b,c", maxsplit=1), re.split(r"\b", "ab cd"), re.split(r"x*", "axb"))
print(re.escape("a.b*c?d\\e f\n-"), re.findall(r"(a)(b)", "abab"), re.fullmatch(r"a|ab", "ab"), re.purge())
m = re.match(r"(?P<first>\w+) (?P<last>\w+)?(x)?", "Jane ")
print(m, m.group(0, 1), m.group("first"), m.groups("dflt"), m.groupdict(0), m.start(2), m.end(3), m.span("first"), m.lastindex, m.lastgroup, m.re.pattern, m.string, m.pos, m.endpos)
print(m[0], m["first"], m.expand(r"\g<last>|\1"), re.compile("a", re.I | re.M).flags, re.compile("(a)(?P<b>b)").groupindex, re.compile("(a)(b)").groups)
for bad_m in [lambda: m.group(5), lambda: m.group("nope"), lambda: m[9], lambda: re.compile(5), lambda: re.compile("a", re.A | re.U), lambda: re.compile(b"a", re.U),
              lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"), lambda: re.sub("a", 5, "a"), lambda: re.compile("(?L)a")]:
    try:
        print(bad_m())
    except Exception as e:
        print(type(e).__name__, e)
print(re.compile(r"a\d", re.I | re.X), repr(re.compile("x" * 300))[:40], re.I, re.IGNORECASE | re.MULTILINE, repr(re.NOFLAG), re.TEMPLATE if hasattr(re, "TEMPLATE") else "")
print(re.findall(rb"\w+", b"ab c\xe9"), re.sub(rb"a", b"\\\\", b"a"), re.match(rb"(?L)\w", b"a") if False else "")
sc = re.Scanner([(r"\d+", lambda s, t: int(t)), (r"\s+", None), (r"[a-z]+", lambda s, t: t.upper())])
print(sc.scan("12 ab 3 ?x"))
print(re.match(r"(?i)\u0130", "i\u0307"), re.match(r"(?i)[\u0131]", "I"), re.search(r"(?u)\d", "\u0663").group(), re.match(r"\d", "\u0663", re.A))
print(re.findall(r"(?<=\d{2})x", "12x3x"), re.search(r"(a)(?=(b))", "ab").groups(), re.match(r"(a)*", "aaa").group(1), re.match(r"(a|b)*?c", "abac").span())
print(re.search(r"(?<![\d.])\d+(?![\d.])", "1.5 22 3.").group(), re.findall(r"(?:(a)|(b))+", "abab"), re.match(r"()*", "").groups())
