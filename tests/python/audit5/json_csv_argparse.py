# json dumps options and loads errors, csv dialects and errors, argparse
# help/usage/errors with exit status 2.
import json, csv, io, argparse, sys, contextlib, decimal, collections
def e(f, *a, **k):
    try:
        print("->", repr(f(*a, **k)))
    except SystemExit as x:
        print("SystemExit", x.code)
    except Exception as x:
        print(type(x).__name__, x)
data = {"b": [1, 2.5, None, True], "a": {"z": "\xe9\u20ac\n", "y": []}, "c": 1e100, "d": -0.0, 3: "int key", "": {}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
del data[3]
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, indent="\t", ensure_ascii=False, separators=(",", ": ")))
print(json.dumps(data, separators=(",", ":"), sort_keys=True))
print(json.dumps([1, [2, [3]]], indent=0), json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps(float("nan")), json.dumps([float("inf"), -float("inf")]), json.dumps(1.0), json.dumps(0.1 + 0.2), json.dumps(10**30))
e(json.dumps, float("nan"), allow_nan=False)
e(json.dumps, {1.5: 1, True: 2, None: 3})
e(json.dumps, {(1,): 1})
print(json.dumps({(1,): 1, "a": 2}, skipkeys=True))
e(json.dumps, object())
e(json.dumps, {1, 2})
print(json.dumps({1, 2}, default=sorted), json.dumps(decimal.Decimal("1.5"), default=str))
e(json.dumps, [1], default=lambda o: o)
circ = []; circ.append(circ)
e(json.dumps, circ)
print(json.dumps("\ud800\x7f\x1f"), ascii(json.dumps("\ud800", ensure_ascii=False)))
print(json.dumps(collections.OrderedDict([("b", 1), ("a", 2)])), json.dumps((1, 2)), json.dumps({"a": (1,)}))
class E(json.JSONEncoder):
    def default(self, o):
        return {"cls": type(o).__name__}
print(json.dumps([object()], cls=E), E(indent=1).encode({"x": 1}), list(json.JSONEncoder().iterencode([1, "a"])))
for s in ['{"a": 1,}', '[1, 2', '{"a" 1}', "{'a': 1}", '[1] x', '', '   ', 'nul', 'NaN', '-Infinity', '"\\x"', '"abc', '{"a":}', '[01]', '1.', '.5',
          '"\\ud800"', '"\t"', '[1,,2]', '{"a":1 "b":2}', '\ufeff[1]', '{1: 2}', '"\\u12"', '123abc', '[-]', 'true false', '{"a": [1, {"b": }]}']:
    try:
        print(repr(s), "->", repr(json.loads(s)))
    except json.JSONDecodeError as x:
        print(repr(s), type(x).__name__, x, x.pos, x.lineno, x.colno, repr(x.msg))
e(json.loads, '{\n  "a": 1,\n  "b": \n}')
e(json.loads, b'[1]')
e(json.loads, '[1]'.encode("utf-16"))
e(json.loads, 5)
e(json.loads, '"\t"', strict=False)
print(json.loads('{"a": 1.5, "b": 2}', parse_float=decimal.Decimal, parse_int=str), json.loads('[1, {"a": 2}]', object_hook=lambda d: sorted(d)))
print(json.loads('{"b": 1, "a": 2, "b": 3}'), json.loads('{"x": 1}', object_pairs_hook=list), json.loads('NaN', parse_constant=str))
print(json.JSONDecoder().raw_decode('[1] rest'), json.loads('1e400'), json.loads('-0'), json.loads('1E2'), json.loads(' "\\u00e9\\ud83d\\ude00" '))
# csv
rows = [["a", "b,c", 'q"uote', "multi\nline", "", None, 1.5, 3]]
for dialect in ["excel", "excel-tab", "unix"]:
    out = io.StringIO()
    csv.writer(out, dialect=dialect).writerows(rows)
    print(dialect, repr(out.getvalue()))
for q in [csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.QUOTE_MINIMAL]:
    out = io.StringIO()
    try:
        csv.writer(out, quoting=q, escapechar="\\").writerow(["a", 1, 2.5, "x,y", 'p"q'])
        print(q, repr(out.getvalue()))
    except csv.Error as x:
        print(q, "Error", x)
e(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]))
print(list(csv.reader(['a,"b,c",d', '"x""y",,z', 'p;q', ' s , t ', '"unterminated'], skipinitialspace=True)))
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")), list(csv.reader(["1,2.5,x"], quoting=csv.QUOTE_NONNUMERIC)) if False else "")
e(lambda: list(csv.reader(['a,"b"c'], strict=True)))
e(lambda: list(csv.reader(["x"], quoting=csv.QUOTE_NONNUMERIC)))
e(csv.reader, ["a"], delimiter="ab")
e(csv.reader, ["a"], quotechar=None, quoting=csv.QUOTE_ALL)
e(csv.reader, ["a"], bogus=1)
e(csv.get_dialect, "nosuch")
e(lambda: list(csv.reader(["a\0b"])))
csv.field_size_limit(10)
e(lambda: list(csv.reader(["x" * 20])))
csv.field_size_limit(131072)
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["x", "y"], extrasaction="ignore")
w.writeheader(); w.writerow({"x": 1, "y": 2, "z": 3}); w.writerow({"x": 5})
print(repr(out.getvalue()))
e(csv.DictWriter(io.StringIO(), fieldnames=["x"]).writerow, {"q": 1})
print(list(csv.DictReader(io.StringIO("h1,h2\n1,2\n3\n4,5,6\n"))))
print(list(csv.DictReader(io.StringIO("1,2\n"), fieldnames=["a"], restkey="rest")))
sn = csv.Sniffer()
d = sn.sniff("a;b;c\n1;2;3\n")
print(d.delimiter, sn.has_header("name,age\nbob,5\nal,7\n"), csv.list_dialects())
r = csv.reader(["a,b", "c"])
print(next(r), r.line_num, r.dialect.delimiter, csv.excel.lineterminator.encode(), csv.__version__)
# argparse
def parse(p, args):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            r = p.parse_args(args)
            print("ns", sorted(vars(r).items()), file=out)
        except SystemExit as x:
            print("exit", x.code, file=out)
    print(out.getvalue() + err.getvalue(), end="")
p = argparse.ArgumentParser(prog="tool", description="A tool.", epilog="Bye.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out", help="destination (default: %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-n", "--num", type=int, choices=[1, 2, 3], metavar="N", help="a number")
p.add_argument("--flag", action="store_true")
p.add_argument("--no-x", dest="x", action="store_false")
p.add_argument("--items", nargs="+", type=float)
p.add_argument("--mode", choices=["a", "b"], required=False)
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--app", action="append")
p.add_argument("--ver", action="version", version="%(prog)s 1.0")
g = p.add_mutually_exclusive_group()
g.add_argument("--fast", action="store_true")
g.add_argument("--slow", action="store_true")
grp = p.add_argument_group("extra", "Extra options.")
grp.add_argument("--bool", action=argparse.BooleanOptionalAction, default=True)
for args in [["-h"], ["x"], ["x", "y", "-vvv", "-n", "2", "--items", "1", "2.5", "--app", "a", "--app", "b", "--no-bool"], [], ["x", "-n", "7"],
             ["x", "-n", "q"], ["x", "--fast", "--slow"], ["x", "--bogus"], ["x", "y", "z"], ["x", "--items"], ["x", "--mode", "c"], ["--ver"],
             ["x", "--verb"], ["x", "--num=3"], ["x", "--", "-y"], ["x", "--fl"], ["x", "-vn1"]]:
    print("ARGS", args)
    parse(p, args)
sub = argparse.ArgumentParser(prog="git")
sp = sub.add_subparsers(dest="cmd", required=True, help="sub-commands")
c1 = sp.add_parser("commit", help="record changes", aliases=["ci"])
c1.add_argument("-m", required=True)
sp.add_parser("push")
for args in [["-h"], ["commit", "-h"], [], ["commit"], ["ci", "-m", "msg"], ["nope"], ["push", "extra"]]:
    print("ARGS", args)
    parse(sub, args)
p2 = argparse.ArgumentParser(prog="p2", formatter_class=argparse.ArgumentDefaultsHelpFormatter, add_help=False, allow_abbrev=False)
p2.add_argument("--long-option-name", default=5, type=int, help="something long " * 8)
p2.add_argument("pos", nargs="*", help="many")
p2.add_argument("-r", nargs=2, metavar=("A", "B"))
parse(p2, ["--long-option-name", "x"])
p2.print_help()
print(p2.format_usage(), end="")
e(p2.add_argument, "--long-option-name")
e(p2.add_argument, "x", "y")
e(p2.add_argument, "--z", nargs=0)
e(p2.add_argument, "--w", type="int")
print(p2.parse_known_args(["a", "--unk", "b"]), p2.parse_intermixed_args(["a", "-r", "1", "2", "b"]))
