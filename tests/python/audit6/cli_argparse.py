import argparse, sys, io, contextlib

def build():
    p = argparse.ArgumentParser(prog="tool", description="A small tool that does things.",
                                epilog="See docs for more.")
    p.add_argument("files", nargs="*", help="input files")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("-n", "--num", type=int, default=3, metavar="N", help="number of items (default: %(default)s)")
    p.add_argument("--mode", choices=["fast", "slow"], default="fast")
    p.add_argument("--ratio", type=float)
    p.add_argument("--tag", action="append", dest="tags")
    p.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True)
    g = p.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true")
    g.add_argument("--csv", action="store_true")
    sub = p.add_subparsers(dest="cmd", title="commands")
    a = sub.add_parser("add", help="add things")
    a.add_argument("x", type=int)
    a.add_argument("y", type=int)
    r = sub.add_parser("rm", help="remove things", aliases=["del"])
    r.add_argument("--force", "-f", action="store_true")
    return p

def run(argv):
    p = build()
    out, err = io.StringIO(), io.StringIO()
    code = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            ns = p.parse_args(argv)
        except SystemExit as e:
            code = e.code
            ns = None
    print("ARGV", argv, "exit", code)
    if ns is not None:
        print("  ns", sorted(vars(ns).items(), key=lambda kv: kv[0]))
    for line in out.getvalue().splitlines():
        print("  out|", line)
    for line in err.getvalue().splitlines():
        print("  err|", line)

import os
os.environ["COLUMNS"] = "80"
run([])
run(["a.txt", "b.txt", "-vv", "-n", "5"])
run(["-n", "x"])
run(["--mode", "medium"])
run(["--json", "--csv"])
run(["--no-flag", "--tag", "a", "--tag", "b"])
run(["--ratio", "1e3", "add", "1", "2"])
run(["add", "1"])
run(["add", "1", "two"])
run(["del", "-f"])
run(["bogus-cmd"])
run(["--unknown"])
run(["--nu", "4"])
run(["-h"])
run(["add", "-h"])
run(["--version"])
p = argparse.ArgumentParser(prog="x", add_help=False)
p.add_argument("--a", required=True)
p.add_argument("b")
try:
    p.parse_args([])
except SystemExit as e:
    print("exit", e.code)
print(p.format_usage(), end="")
ns, rest = build().parse_known_args(["--zzz", "f1", "-v"])
print(ns.verbose, ns.files, rest)
p2 = argparse.ArgumentParser(prog="fmt", formatter_class=argparse.RawDescriptionHelpFormatter,
    description="line one\n  indented line\nline three")
p2.add_argument("--long-option-name-here", metavar=("A", "B"), nargs=2, help="takes two values and has a rather long help text that needs to wrap around")
p2.add_argument("-q", action="store_const", const=42)
print(p2.format_help())
p3 = argparse.ArgumentParser(prog="defs", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p3.add_argument("--size", default=10, type=int, help="size")
p3.add_argument("pos", nargs="?", default="x", help="optional positional")
print(p3.format_help())
try:
    p3.add_argument("--size")
except argparse.ArgumentError as e:
    print("ArgumentError", e)
try:
    argparse.ArgumentParser().add_argument("x", nargs=0)
except ValueError as e:
    print("ValueError", e)
p4 = argparse.ArgumentParser(prog="final")
p4.add_argument("count", type=int)
p4.parse_args(["notanint"])
