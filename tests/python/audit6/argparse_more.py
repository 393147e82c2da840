import argparse, sys, io, contextlib, os, pprint, dataclasses
os.environ["COLUMNS"] = "70"
def run(p, argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            ns = p.parse_args(argv)
            code = None
        except SystemExit as e:
            ns, code = None, e.code
    import re
    print(argv, "->", code, re.sub(r" at 0x[0-9a-f]+", "", str(sorted(vars(ns).items(), key=str))) if ns else "")
    print(textify(out.getvalue()), textify(err.getvalue()))
def textify(s):
    return "\n".join("   | " + l for l in s.splitlines())
p = argparse.ArgumentParser(prog="files", fromfile_prefix_chars="@", allow_abbrev=False, exit_on_error=True)
p.add_argument("infile", type=argparse.FileType("r"))
p.add_argument("--out", type=argparse.FileType("w"), default="-")
p.add_argument("--level", type=int, choices=range(1, 4), metavar="{1..3}")
p.add_argument("--pair", nargs=2, metavar=("KEY", "VALUE"), action="append")
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--many", nargs="+")
p.add_argument("rest", nargs=argparse.REMAINDER)
run(p, ["/no/such/file"])
run(p, ["-", "--level", "5"])
run(p, ["-", "--level", "2", "--opt", "--many", "a", "b", "--pair", "k", "v", "x", "--y"])
run(p, ["-", "--many"])
run(p, ["-", "--lev", "1"])
run(p, ["-h"])
sub = argparse.ArgumentParser(prog="git")
sp = sub.add_subparsers(dest="cmd", required=True, metavar="COMMAND")
c = sp.add_parser("commit", help="record changes", description="Commit things.")
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
sp.add_parser("status", help="show status")
run(sub, [])
run(sub, ["commit"])
run(sub, ["commit", "-m", "msg", "--amend"])
run(sub, ["push"])
run(sub, ["-h"])
run(sub, ["commit", "-h"])
g = argparse.ArgumentParser(prog="grp", argument_default=argparse.SUPPRESS, prefix_chars="-+")
grp = g.add_argument_group("output", "Output options")
grp.add_argument("+v", action="store_true")
grp.add_argument("--fmt", default="x")
g.add_argument("--ver", action="version", version="%(prog)s 9.9")
run(g, ["+v"])
run(g, ["--ver"])
run(g, ["-h"])
e = argparse.ArgumentParser(prog="noexit", exit_on_error=False)
e.add_argument("--n", type=int)
try:
    e.parse_args(["--n", "x"])
except argparse.ArgumentError as ex:
    print("ArgumentError", ex, ex.argument_name)
errbuf = io.StringIO()
try:
    with contextlib.redirect_stderr(errbuf):
        e.parse_args(["--zz"])
except (argparse.ArgumentError, SystemExit) as ex:
    print(type(ex).__name__, ex, repr(errbuf.getvalue()))
m = argparse.ArgumentParser(prog="intermix")
m.add_argument("--f")
m.add_argument("cmd")
m.add_argument("args", nargs="*")
print(m.parse_intermixed_args(["a", "--f", "x", "b", "c"]))
print(m.parse_known_args(["a", "--zz", "b"]))
@dataclasses.dataclass
class Cfg:
    name: str
    opts: dict
    items: list
pprint.pp(Cfg("n", {"k" * 10: list(range(12)), "z": {"deep": [1, 2, 3]}}, ["x" * 30, "y" * 30]), width=50)
print(argparse.Namespace(a=1, b="x"), argparse.Namespace(a=1) == argparse.Namespace(a=1), "a" in argparse.Namespace(a=1))
