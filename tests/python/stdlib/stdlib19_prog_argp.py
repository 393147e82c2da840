import argparse, sys, io, contextlib

def build():
    p = argparse.ArgumentParser(prog="tool", description="A small tool that does things.",
                                epilog="See docs for more.", formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("-v", "--verbose", action="count", default=0, help="increase verbosity")
    p.add_argument("--mode", choices=["fast", "slow"], default="fast", help="run mode (default: %(default)s)")
    p.add_argument("--num", type=int, metavar="N", help="a number")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true")
    g.add_argument("--csv", action="store_true")
    sub = p.add_subparsers(dest="cmd", title="commands", required=True)
    a = sub.add_parser("add", help="add items")
    a.add_argument("items", nargs="+", type=float)
    r = sub.add_parser("rm", help="remove item", aliases=["del"])
    r.add_argument("name")
    r.add_argument("--force", "-f", action="store_true")
    return p

def run(argv):
    p = build()
    out, err = io.StringIO(), io.StringIO()
    code = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            ns = p.parse_args(argv)
            print(sorted(vars(ns).items()))
        except SystemExit as e:
            code = e.code
    print("argv", argv, "code", code)
    print(out.getvalue(), end="")
    print(err.getvalue(), end="")
    print("--")

import os
os.environ["COLUMNS"] = "80"
run(["-h"])
run(["add", "1", "2.5"])
run(["-vv", "--mode", "slow", "rm", "x", "-f"])
run(["--mode", "medium", "add", "1"])
run(["--json", "--csv", "add", "1"])
run(["--num", "abc", "add", "1"])
run([])
run(["del", "y"])
run(["add", "-h"])
run(["add"])
run(["rm", "a", "b"])
run(["--nu", "3", "add", "4"])
run(["--version"])
p = argparse.ArgumentParser(prog="x", add_help=False)
p.add_argument("--foo", type=lambda s: int(s, 16))
print(p.parse_known_args(["--foo", "ff", "--bar", "1"]))
print(p.format_usage())
try:
    p.add_argument("--foo")
except argparse.ArgumentError as e:
    print("AE", e)
