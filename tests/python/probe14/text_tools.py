# Text processing: re, textwrap, string.Template, pprint, difflib, unicodedata, str methods.
import re, textwrap, string, pprint, difflib, unicodedata

LOG = """\
2023-03-01 12:00:01 INFO  [auth] user=alice action=login ip=10.0.0.1
2023-03-01 12:00:05 WARN  [db] slow query took 1532ms
2023-03-01 12:01:00 ERROR [auth] user=bob action=login ip=10.0.0.7 reason="bad password"
2023-03-01 12:02:30 INFO  [auth] user=alice action=logout ip=10.0.0.1
"""

LINE = re.compile(r"""
    (?P<date>\d{4}-\d\d-\d\d) \s+
    (?P<time>[\d:]+) \s+
    (?P<level>[A-Z]+) \s+
    \[(?P<comp>\w+)\] \s+
    (?P<msg>.*)
""", re.VERBOSE)
KV = re.compile(r'(\w+)=("[^"]*"|\S+)')
for line in LOG.splitlines():
    m = LINE.match(line)
    d = m.groupdict()
    kv = {k: v.strip('"') for k, v in KV.findall(d["msg"])}
    print(d["level"], d["comp"], kv or d["msg"], m.span("msg"), m.lastgroup)

print(re.sub(r"(\d+)ms", lambda m: f"{int(m.group(1)) / 1000:.2f}s", LOG.splitlines()[1]))
print(re.sub(r"(?P<u>user)=(\w+)", r"\g<u>:<\2>", LOG.splitlines()[0]))
print(re.split(r"[;,]\s*", "a, b;c ,d"), re.split(r"(\s)", "x y  z", maxsplit=2))
print(re.findall(r"\b\w+(?=ing\b)", "singing and dancing while resting"))
print([m.group() for m in re.finditer(r"(?i)ERROR|warn", LOG)])
print(re.subn(r"\d", "#", "a1b22c333"), re.escape("1.5*x+[y]"))
print(re.fullmatch(r"[\w.]+@[\w.]+", "me@example.com") is not None, re.search(r"^c", "a\nb\nc", re.M).start())
p = re.compile(r"(a)(b)?")
m = p.search("xac")
print(m.groups(), m.groups("-"), m.group(0, 1), m.expand(r"[\1]"), p.pattern, p.groups, p.flags & re.UNICODE)
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error:", e.msg, e.pos)

para = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.fill(para, width=38, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(para, width=50, placeholder=" [...]"))
print(textwrap.indent("a\n\nb\n", "  | "), end="")
print(repr(textwrap.dedent("""
    def f():
        return 1
""")))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10, break_long_words=True))

t = string.Template("Dear $name, you owe ${amount} dollars. $$5 fee. $missing")
print(t.safe_substitute(name="Ann", amount=12))
try:
    t.substitute(name="Ann", amount=1)
except KeyError as e:
    print("KeyError", e)
print(string.Template("$a").get_identifiers() if hasattr(string.Template, "get_identifiers") else None)
print(string.capwords("hello   wORLD  foo"), string.ascii_letters[:5], string.punctuation[:6])
fmt = string.Formatter()
print(fmt.format("{0:>5}|{x:^7}|{1!r}", 1, "b", x="mid"), list(fmt.parse("a{b:>3}c{}"))[:2])

data = {"name": "krait", "versions": [3.11, 3.12], "deps": {"go": ">=1.21", "none": None},
        "long": list(range(30)), "nested": [{"a": 1, "b": [1, 2, {"c": "d" * 10}]}] * 2}
pprint.pprint(data, width=60)
print(pprint.pformat(data["nested"], depth=2, compact=True))
print(pprint.pformat(set("abc")), pprint.pformat(frozenset()), pprint.saferepr([1, [2]]))

a = "one\ntwo\nthree\nfour\nfive\n".splitlines(keepends=True)
b = "one\n2\nthree\nfour\nfive\nsix\n".splitlines(keepends=True)
print("".join(difflib.unified_diff(a, b, "old.txt", "new.txt")), end="")
print("".join(difflib.context_diff(a, b, "old", "new", n=1)), end="")
print(list(difflib.ndiff(["abcd\n"], ["abxd\n"])))
sm = difflib.SequenceMatcher(None, "private thing", "privately thing")
print(round(sm.ratio(), 4), sm.get_opcodes(), sm.find_longest_match(0, 13, 0, 15))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))

for ch in "aé€😀\u0301ß":
    print(f"U+{ord(ch):04X}", unicodedata.name(ch, "?"), unicodedata.category(ch),
          unicodedata.east_asian_width(ch), unicodedata.combining(ch))
s = "Cafe\u0301 Ǆemal ﬁne"
print(unicodedata.normalize("NFC", s), len(unicodedata.normalize("NFC", s)), len(unicodedata.normalize("NFKD", s)))
print(unicodedata.lookup("GREEK SMALL LETTER ALPHA"), unicodedata.decimal("٣"), unicodedata.numeric("½"))
w = "straße İstanbul ǅ ﬀ ΣΑΣ"
print(w.upper(), w.lower(), w.casefold(), w.title(), w.swapcase())
print("ǆ".capitalize(), "ΌΣΟΣ".lower(), "ﬁ".upper(), len("ß".upper()))
print("١٢٣".isdigit(), "½".isnumeric(), "Ⅻ".isnumeric(), "x²".isalnum(), "\u00a0".isspace(), "ǅ".istitle())
print("naïve café".encode("utf-8"), "naïve".encode("ascii", "replace"), "naïve".encode("ascii", "xmlcharrefreplace"))
print(b"caf\xc3\xa9 \xff".decode("utf-8", "replace"), b"\xff".decode("latin-1"), "é".encode("utf-16-le"))
print("{:*^12}".format("héllo"), f"{'日本':>6}|", "abc".center(9, "é"), "Ⅷ".zfill(4))
print("a\tb\tc".expandtabs(4), "x,y,,z".split(","), " a  b ".split(), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("hello world".translate(str.maketrans("lo", "01", "h")), "ab".join("xyz"), "%-5s|%05.1f|%x|%r" % ("a", 3.14159, 255, "é"))
