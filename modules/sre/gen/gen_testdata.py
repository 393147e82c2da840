#!/usr/bin/env python3.11
"""Writes testdata/diff.json: _sre code lists for many patterns and
CPython 3.11's results for match/search/fullmatch/finditer/split/sub over
many subjects (run from modules/sre). The Go test replays them."""
import json
import re
import sys
from re import _compiler, _parser

I, M, S, X, A, L = re.I, re.M, re.S, re.X, re.A, re.L

STR_SUBJECTS = [
    "", "a", "abc", "aaa", "abcabc", "xabcx", "ab\ncd\n", "Hello, World! 123",
    "foo bar  baz_qux 42 3.14", "aAbBcC", "john.doe@example.com, x@y.org bad@",
    "ümlaut ÄÖÜ straße STRASSE", "ﬁ ß ẞ ss SS İ i ı I ſ s S K k K Σσς",
    "١٢٣ ٤ 12 ½ ²", "\u2028line\u2029x\u0085y\r\n", "aaaaaaaab",
    "<a><b></b></a>", "abab ab abab", "x" * 12 + "y", "\tspaces\x0b\x0c\x1c\u3000 end",
    "word1 wörd2 слово 単語", "2026-11-26 12:30:00", "aXbXc", "xyzzy",
    "ᾀᾈ ῼ ΐ ŉ ǰ ﬀ ﬅ ﬆ ĳĲ ǆǅǄ", "\ud800x\udfff",
]
BYTES_SUBJECTS = [
    b"", b"abc", b"aaa", b"ab\ncd\n", b"Hello, World! 123", b"\xe9t\xe9 \xc9T\xc9 caf\xe9",
    b"foo bar  baz_qux 42", b"aAbBcC", b"\x00\x01\xff\xfe", b"john@example.com",
]

STR_PATTERNS = [
    # literals and prefixes
    ("a", 0), ("abc", 0), ("ab", 0), ("abab", 0), ("aab", 0), ("bc", 0), ("x" * 3, 0), ("World", 0),
    ("", 0), ("ss", 0), ("ß", 0), ("\u2028", 0), ("abca", 0), ("aaab", 0),
    # classes
    ("[abc]", 0), ("[^abc]", 0), ("[a-c]+", 0), ("[^a-z]+", 0), ("[\\d]+", 0), ("[\\w.]+", 0),
    ("[\\s\\S]", 0), ("[^\\W\\d]+", 0), ("[\u0100-\u02ff]", 0), ("[\u0400-\u04ff]+", 0),
    ("[a-zA-Z0-9_]+", 0), ("[-+]?\\d+", 0), ("[]a]", 0), ("[^]a]", 0), ("[\\x00-\\x1f]", 0),
    ("[^\\s\\d]+", 0), ("[ä-ü]", 0), ("[\u3000\u2028]", 0), ("[.]", 0), ("[🎉-🎊]", 0),
    # categories
    ("\\d", 0), ("\\d+", 0), ("\\D+", 0), ("\\s+", 0), ("\\S+", 0), ("\\w+", 0), ("\\W+", 0),
    ("\\d+", A), ("\\w+", A), ("\\s+", A), ("\\W", A), ("\\S+", A), ("\\D", A),
    # any
    (".", 0), (".+", 0), (".*", 0), (".", S), (".+", S), (".*?x", 0), (".*?x", S), ("a.c", 0),
    # quantifiers
    ("a*", 0), ("a+", 0), ("a?", 0), ("a{2}", 0), ("a{2,}", 0), ("a{1,2}", 0), ("a{,2}", 0),
    ("a*?", 0), ("a+?", 0), ("a??", 0), ("a{2,3}?", 0), ("a*+", 0), ("a++", 0), ("a?+", 0),
    ("a{1,2}+", 0), ("(?:ab)*", 0), ("(?:ab)+", 0), ("(?:ab)*?", 0), ("(?:ab)+?b", 0),
    ("(?:ab)*+", 0), ("(?:ab){2}", 0), ("(?:a|b)*c", 0), ("(?:a|b)*?c", 0), ("(?:a|bc)+", 0),
    ("(a|b)*", 0), ("(a|b)+?", 0), ("(a*)*", 0), ("(a*)+", 0), ("(a|)*", 0), ("(?:a*)*b", 0),
    ("(a?)*?b", 0), ("(?:x*)*y", 0), ("(?:a+)+b", 0), ("(a+|b+)*c", 0), ("(?:)*", 0), ("(){3}", 0),
    ("(a)*+", 0), ("(?:a|ab)*+c", 0), ("(?:a{0,2})*+", 0), ("[abc]{2,3}", 0), ("\\w{3,}?", 0),
    ("x*y", 0), ("x+?y", 0), ("\\d{2,4}", 0), ("\\d{4}-\\d{2}-\\d{2}", 0), ("(\\d+):(\\d+)", 0),
    # atomic groups
    ("(?>a+)b", 0), ("(?>a+)a", 0), ("(?>ab|a)c", 0), ("(?>(a)|b)+", 0), ("(?>x*)y", 0),
    ("(?>a*?)", 0), ("a(?>bc|b)c", 0),
    # alternation
    ("a|b", 0), ("ab|cd", 0), ("abc|ab|a", 0), ("a|ab|abc", 0), ("(a)|(b)|(c)", 0), ("x|", 0),
    ("|x", 0), ("(?:foo|bar|baz)", 0), ("\\d+|\\w+", 0), ("(?P<w>\\w+)|(?P<d>\\d)", 0),
    ("Hello|World|123", 0), ("a(?:b|c)d", 0), ("(?:[ab]|c)x?", 0),
    # groups and lastindex
    ("(a)", 0), ("(a)(b)?", 0), ("(a)(b)?(c)", 0), ("((a)b)", 0), ("((a)|(b))+", 0),
    ("(a)|b", 0), ("(?:(a)|b)*", 0), ("(a(b)?)+", 0), ("((a)|b)*c", 0), ("(?P<x>a)(?P<y>b)", 0),
    ("(a)(?:(b)|c)*", 0), ("(?:(a)|(b))+", 0), ("(x)?y", 0), ("(a*)(b*)", 0), ("(.)(.)(.)", 0),
    # anchors
    ("^a", 0), ("^a", M), ("a$", 0), ("a$", M), ("$", 0), ("$", M), ("^", M), ("^$", M),
    ("\\Aab", 0), ("c\\Z", 0), ("cd$", 0), ("cd\\Z", 0), ("^\\w+$", M), ("^.*$", M),
    ("\\bab", 0), ("ab\\b", 0), ("\\Bb", 0), ("\\b", 0), ("\\B", 0), ("\\b\\w+\\b", 0),
    ("\\b\\w+\\b", A), ("\\bwörd", 0), ("\\B\\w", A), ("^(?:a|b)", 0), ("(?:^|,)x", 0),
    # lookaround
    ("a(?=b)", 0), ("a(?!b)", 0), ("(?<=a)b", 0), ("(?<!a)b", 0), ("(?<=ab)c", 0),
    ("(?<!ab)c", 0), ("(?=(a+))a", 0), ("(?!(a)b)\\w", 0), ("\\w+(?=,)", 0), ("(?<=\\d)\\d", 0),
    ("(?<=(a))b", 0), ("(?<!(x))a", 0), ("(?=a)*", 0), ("(?:(?=a)a)+", 0), ("x(?=y|z)", 0),
    ("(?<=^)a", 0), ("(?<=a|b)c", 0),
    # backreferences
    ("(a)\\1", 0), ("(a+)\\1", 0), ("(\\w)\\1", 0), ("(\\w+) \\1", 0), ("(?P<q>a)(?P=q)", 0),
    ("(a)?\\1", 0), ("(a)|\\1", 0), ("(a*)\\1b", 0), ("(?:(a)|b)\\1", 0), ("(a)(?:\\1)*", 0),
    ("(.)\\1", I), ("(\\w)\\1", I), ("(?i)(ß)\\1", 0), ("(s)\\1", I), ("(k)\\1", I),
    ("(?i)(σ)\\1", 0), ("(?ia)(k)\\1", 0),
    # conditionals
    ("(a)?(?(1)b|c)", 0), ("(a)?(?(1)b)", 0), ("(?P<o><)?\\w+(?(o)>)", 0), ("(a)?(?(1)|x)", 0),
    ("(?:(a)|b)(?(1)c|d)", 0), ("(a)(?(1)\\1)", 0),
    # ignorecase
    ("abc", I), ("ABC", I), ("[a-c]+", I), ("[^a-c]+", I), ("ß", I), ("ẞ", I), ("ss", I),
    ("s", I), ("S", I), ("ſ", I), ("k", I), ("K", I), ("K", I), ("i", I), ("I", I), ("İ", I),
    ("ı", I), ("σ", I), ("Σ", I), ("ς", I), ("[σ]", I), ("[k-l]", I), ("[ſ]", I), ("[s-t]", I),
    ("[^k]", I), ("ǅ", I), ("ﬁ", I), ("µ", I), ("ÿ", I), ("straße", I), ("ÄÖÜ", I), ("[ä-ü]+", I),
    ("[а-я]+", I), ("слово", I), ("hello|world", I), ("k+", I), ("s*", I), ("[\u0100-\u0200]", I),
    ("\\w+", I), ("[^\\W]+", I), ("x", I | A), ("k", I | A), ("[k]", I | A), ("s+", I | A),
    ("[a-z]+", I | A), ("ß", I | A), ("[^a]", I), ("(?i:a)b", 0), ("a(?i)b", 0), ("(?-i:a)b", I),
    # multiline / dotall / verbose
    ("^\\w+", M), ("\\w+$", M), (".+$", M), (".$", M | S), ("a . c", X), ("a\\ b # c\n", X),
    ("[ ]x", X), ("(?x) a b c ", 0), ("(?s).+", 0), ("(?m)^c", 0),
    # misc
    ("(?:\\w+\\.)*\\w+@\\w+(?:\\.\\w+)+", 0), ("[\\w.]+@[\\w.]+", 0), ("<(\\w+)>.*?</\\1>", 0),
    ("<[^>]+>", 0), ("\\d+(?:\\.\\d+)?", 0), ("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)", 0),
    ("(\\w+)\\s*=\\s*(\\w+)", 0), ("(?:a|b|c|d|e)+", 0), ("[aeiou]{2}", 0), ("x*", 0), ("(?:x|y)*?z", 0),
    ("\\u00e4", 0), ("\\x61", 0), ("\\N{LATIN SMALL LETTER A}", 0), ("a{3,5}?b", 0), ("(a{2})*", 0),
    ("(?:aa|a)*b", 0), ("(?:a|aa)*?b", 0), ("((?:a|b)*?)c", 0), ("(a|ab)(c|bcd)(d*)", 0),
    ("(?:(?:a)+?)+", 0), ("(?:a?b?)*c", 0), ("(?:a*b*)+c", 0), ("(?:(a)|(b)|(c))*", 0),
    ("(?:(a)|(b))*?c", 0), ("a*(?=b)", 0), ("(?:a(?=a))*", 0), ("(?<=\\b)\\w", 0),
    ("[R-T]", I), ("[\u1f88-\u1f89]", I), ("[A-Z]+", I), ("[\u0100-\u017f]+", I), ("[ᾀ-ᾏ]", I),
    ("[^R-T]+", I), ("ᾈ", I), ("[ﬀ-ﬆ]", I), ("(?i)[ʼ-ʽ]", 0), ("[^\u0130]", I), ("[\u0130-\u0131]", I),
]

BYTES_PATTERNS = [
    (b"abc", 0), (b"a", 0), (b"\\w+", 0), (b"\\d+", 0), (b"\\s+", 0), (b"[\\xe9]", 0),
    (b"\\w+", L), (b"\\W+", L), (b"\\bt", L), (b"\\B\\w", L), (b"caf\\xc9", I), (b"caf\\xc9", I | L),
    (b"\\xc9", I), (b"[\\xc9-\\xca]", I), (b"[a-c]+", I), (b"[a-c]+", I | L), (b"[^a-c]+", I | L),
    (b"(\\w)\\1", I | L), (b"(a)\\1", I), (b"x", I | L), (b"ABC", I), (b"^a", M), (b"$", M),
    (b"\\bab", 0), (b"\\B", 0), (b".", 0), (b".", S), (b"[^\\x00]+", 0), (b"\\xff\\xfe", 0),
    (b"[\\x00-\\x02]", 0), (b"(?:foo|bar)", 0), (b"\\w+@\\w+\\.com", 0), (b"(\\d+)", 0),
    (b"[^a]", I | L), (b"a|b", I | L), (b"\\b\\w+\\b", L), (b"o+", I | L), (b"[\\w]+", L),
    (b"\\S+", 0), (b"\\D", 0), (b"(a)?(?(1)b|c)", 0), (b"(?>a+)", 0), (b"a++b", 0),
]

POSITIONS = [(0, None), (1, None), (0, -1), (2, 1), (3, 7)]


def compile_code(pattern, flags):
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    return [int(c) for c in code], p.state.groups - 1


def spans(m):
    if m is None:
        return None
    return [list(m.span(g)) for g in range(m.re.groups + 1)], (m.lastindex if m.lastindex is not None else -1)


def chars(s):
    return list(s) if isinstance(s, bytes) else [ord(c) for c in s]


def case(pattern, flags, subjects):
    try:
        rx = re.compile(pattern, flags)
    except re.error:
        return None
    code, groups = compile_code(pattern, flags)
    out = {"pattern": repr(pattern), "flags": flags, "code": code, "groups": groups, "subjects": []}
    for s in subjects:
        res = {}
        for pos, endpos in POSITIONS:
            ep = len(s) if endpos is None else (endpos if endpos >= 0 else len(s) + endpos)
            key = "%d:%d" % (pos, ep)
            res[key] = {
                "match": spans(rx.match(s, pos, ep)),
                "search": spans(rx.search(s, pos, ep)),
                "fullmatch": spans(rx.fullmatch(s, pos, ep)),
                "finditer": [spans(m) for m in rx.finditer(s, pos, ep)],
                "scanmatch": [spans(m) for m in iter(rx.scanner(s, pos, ep).match, None)],
            }
        empty = s[:0]
        res["split"] = [None if x is None else chars(x) for x in rx.split(s)]
        res["sub"] = chars(rx.sub(lambda m: (b"[" if isinstance(s, bytes) else "[") + m.group(0) +
                                  (b"]" if isinstance(s, bytes) else "]"), s))
        res["sub2"] = chars(rx.sub(lambda m: empty, s, count=2))
        out["subjects"].append({"s": chars(s), "r": res})
    return out


def main():
    import signal

    def timeout(*_):
        raise TimeoutError
    signal.signal(signal.SIGALRM, timeout)
    cases = []
    for pat, fl in STR_PATTERNS:
        signal.alarm(2)
        try:
            c = case(pat, fl, STR_SUBJECTS)
        except TimeoutError:
            print("slow, skipped:", pat, file=sys.stderr)
            c = None
        signal.alarm(0)
        if c:
            cases.append(c)
    for pat, fl in BYTES_PATTERNS:
        c = case(pat, fl, BYTES_SUBJECTS)
        if c:
            c["bytes"] = True
            cases.append(c)
    import gzip
    with gzip.GzipFile("testdata/diff.json.gz", "wb", mtime=0) as f:
        f.write(json.dumps(cases, separators=(",", ":")).encode())
    print(len(cases), "patterns", file=sys.stderr)


ATOMS = ["a", "b", "ß", "K", "s", "\\d", "\\w", "\\W", "\\s", ".", "[ab]", "[^a]", "[a-cß]",
         "\\b", "\\B", "^", "$", "\\1", "(?:a|b)", "x", "1", "_"]
QUANTS = ["", "", "", "*", "+", "?", "*?", "+?", "??", "{2}", "{1,3}", "{,2}?", "*+", "++", "?+"]


def random_pattern(rnd, depth=0):
    out = []
    for _ in range(rnd.randint(1, 4)):
        r = rnd.random()
        if r < 0.25 and depth < 3:
            inner = random_pattern(rnd, depth + 1)
            kind = rnd.choice(["(%s)", "(?:%s)", "(?>%s)", "(?=%s)", "(?!%s)", "(?P<n%d>%%s)" % len(out),
                               "(?:%s|%s)" % ("%s", random_pattern(rnd, depth + 1)), "(?<=a)", "(?<!b)",
                               "(?(1)%s|b)"])
            try:
                atom = kind % inner if "%s" in kind else kind
            except TypeError:
                atom = "(%s)" % inner
        else:
            atom = rnd.choice(ATOMS)
        if not atom.startswith("(?=") and not atom.startswith("(?!") and atom not in "^$" \
                and not atom.startswith("\\b") and not atom.startswith("\\B") and not atom.startswith("(?<"):
            atom += rnd.choice(QUANTS)
        out.append(atom)
    return "".join(out)


def random_cases(n, seed):
    import random
    import signal
    rnd = random.Random(seed)
    cases = []
    alphabet = "aabbßsSKkx1_ \n"
    while len(cases) < n:
        pat = random_pattern(rnd)
        flags = rnd.choice([0, 0, re.I, re.M, re.S, re.A, re.I | re.A])
        subjects = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12))) for _ in range(4)]
        signal.alarm(2)
        try:
            c = case(pat, flags, subjects)
        except (TimeoutError, RecursionError, OverflowError):
            c = None
        signal.alarm(0)
        if c:
            cases.append(c)
    return cases


def write(name, cases):
    import gzip
    with gzip.GzipFile(name, "wb", mtime=0) as f:
        f.write(json.dumps(cases, separators=(",", ":")).encode())


if __name__ == "__main__":
    if sys.argv[1:2] == ["--random"]:
        import signal

        def _timeout(*_):
            raise TimeoutError
        signal.signal(signal.SIGALRM, _timeout)
        n, seed, out = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
        write(out, random_cases(n, seed))
    else:
        main()
