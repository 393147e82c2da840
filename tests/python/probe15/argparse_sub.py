# argparse the way CLI tools use it: subcommands, mutually exclusive groups, types,
# choices, nargs, defaults via set_defaults, and the error path (usage on stderr, exit 2).
import argparse, contextlib, io

def build():
    p = argparse.ArgumentParser(prog="pkg", description="Package tool.", epilog="See docs.")
    p.add_argument("--version", action="version", version="%(prog)s 1.2")
    p.add_argument("-q", "--quiet", action="store_true")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true")
    g.add_argument("--yaml", action="store_true")
    sub = p.add_subparsers(dest="cmd", required=True, metavar="COMMAND")
    i = sub.add_parser("install", help="install packages", aliases=["in"])
    i.add_argument("names", nargs="+")
    i.add_argument("-U", "--upgrade", action="store_true")
    i.add_argument("--jobs", type=int, default=1, choices=range(1, 5))
    i.set_defaults(func=lambda a: f"install {a.names} up={a.upgrade} jobs={a.jobs}")
    r = sub.add_parser("remove", help="remove a package")
    r.add_argument("name")
    r.add_argument("--keep", nargs="*", default=[])
    r.set_defaults(func=lambda a: f"remove {a.name} keep={a.keep}")
    s = sub.add_parser("search")
    s.add_argument("term", nargs="?", default="*")
    s.add_argument("--limit", type=float, metavar="N")
    s.add_argument("-t", "--tag", action="append", dest="tags")
    s.set_defaults(func=lambda a: f"search {a.term!r} limit={a.limit} tags={a.tags}")
    return p

def run(argv):
    p = build()
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            a = p.parse_args(argv)
            print(a.func(a), a.quiet, a.json, a.yaml)
        except SystemExit as e:
            code = e.code
    print("argv:", argv, "exit:", code)
    for name, buf in (("out", out), ("err", err)):
        if buf.getvalue():
            print(f"--{name}--")
            print(buf.getvalue().rstrip())

for argv in (["install", "a", "b", "-U", "--jobs", "3"], ["in", "x"], ["remove", "z", "--keep", "1", "2"],
             ["search", "--limit", "2.5", "-t", "a", "-t", "b"], ["-q", "--json", "search"],
             [], ["install"], ["install", "a", "--jobs", "9"], ["install", "a", "--jobs", "x"],
             ["--json", "--yaml", "search"], ["bogus"], ["remove", "a", "extra"], ["--version"],
             ["-h"], ["install", "-h"], ["search", "--lim", "3"], ["search", "--limit"]):
    run(argv)

p = argparse.ArgumentParser(prog="x", exit_on_error=False)
p.add_argument("--n", type=int)
try:
    p.parse_args(["--n", "q"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e, "|", e.argument_name)
ns, rest = p.parse_known_args(["--n", "4", "--other", "v"])
print(ns, rest)
p2 = argparse.ArgumentParser(prog="fmt", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p2.add_argument("--size", default=10, help="the size")
p2.add_argument("files", nargs=argparse.REMAINDER)
print(p2.format_help())
print(p2.parse_args(["--size", "3", "a", "--b", "c"]))
p3 = argparse.ArgumentParser(prog="fp", fromfile_prefix_chars="@", allow_abbrev=False)
p3.add_argument("--color", choices=["red", "green"], default="red")
p3.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True)
print(p3.parse_args(["--no-flag"]), p3.format_usage(), end="")
