#!/usr/bin/env python3.11
"""Writes testdata/bench.json.gz (code lists and a text corpus for the Go
benchmarks), or with --time prints python3.11's time per operation for the
same benchmarks, to compare with `go test -bench .` (run from modules/sre)."""
import gzip
import json
import random
import re
import sys
import timeit
from re import _compiler, _parser

BENCHES = [
    # name, pattern, flags, operation
    ("LiteralSearch", "Sherlock", 0, "search_last"),
    ("LiteralFindall", "the", 0, "findall"),
    ("Digits", r"\d+", 0, "findall"),
    ("Words", r"\w+", 0, "findall"),
    ("WordsASCII", r"[a-zA-Z]+", 0, "findall"),
    ("Alternation", r"apple|banana|cherry|grape", 0, "findall"),
    ("Email", r"[\w.+-]+@[\w-]+\.[\w.-]+", 0, "findall"),
    ("IgnoreCase", r"the", re.I, "findall"),
    ("Groups", r"(\w+)=(\d+)", 0, "findall"),
    ("MatchAnchored", r"(\w+)\s+(\w+)", 0, "match_lines"),
    ("WordsUnicode", r"\w+", 0, "findall_uni"),
    ("WordsCyrillic", r"\w+", 0, "findall_cyr"),
]


def corpus():
    rnd = random.Random(1)
    words = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "apple", "banana",
             "grape", "key=42", "x=7", "hello", "World", "The", "data", "regex", "engine"]
    out = []
    for i in range(20000):
        r = rnd.random()
        if r < 0.05:
            out.append("%d" % rnd.randrange(100000))
        elif r < 0.07:
            out.append("user%d@example.com" % rnd.randrange(1000))
        else:
            out.append(rnd.choice(words))
        out.append("\n" if i % 12 == 11 else rnd.choice([" ", " ", " ", ", ", ". "]))
    return "".join(out) + "Sherlock"


def uni_corpus(text):
    return text.replace("o", "ö").replace("a", "ä")


def code_of(pattern, flags):
    p = _parser.parse(pattern, flags)
    return [int(c) for c in _compiler._code(p, flags)], p.state.groups - 1


def cyr_corpus(text):
    return text.replace("o", "\u043e").replace("a", "\u0430")


def timed(name, pattern, flags, op, text, utext):
    ctext = cyr_corpus(text)
    rx = re.compile(pattern, flags)
    lines = text.splitlines()
    fn = {
        "search_last": lambda: rx.search(text),
        "findall": lambda: rx.findall(text),
        "findall_uni": lambda: rx.findall(utext),
        "findall_cyr": lambda: rx.findall(ctext),
        "match_lines": lambda: [rx.match(l) for l in lines],
    }[op]
    n, t = timeit.Timer(fn).autorange()
    best = min(timeit.Timer(fn).repeat(5, n)) / n
    return best


def main():
    text = corpus()
    utext = uni_corpus(text)
    if "--time" in sys.argv:
        for b in BENCHES:
            print("Benchmark%s\t%.0f ns/op (python3.11)" % (b[0], timed(*b, text, utext) * 1e9))
        return
    data = {"text": text, "benches": []}
    for name, pattern, flags, op in BENCHES:
        code, groups = code_of(pattern, flags)
        data["benches"].append({"name": name, "op": op, "code": code, "groups": groups})
    with gzip.GzipFile("testdata/bench.json.gz", "wb", mtime=0) as f:
        f.write(json.dumps(data).encode())


main()
