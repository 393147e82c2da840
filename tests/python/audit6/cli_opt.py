import optparse, getopt, sys, io, contextlib, cmd, os
os.environ["COLUMNS"] = "80"
def run(parser, argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            res = parser.parse_args(argv)
        except SystemExit as e:
            res = ("exit", e.code)
    print("ARGV", argv, "->", res if isinstance(res, tuple) and res[0] == "exit" else (sorted(vars(res[0]).items()), res[1]))
    for l in out.getvalue().splitlines(): print("  out|", l)
    for l in err.getvalue().splitlines(): print("  err|", l)
p = optparse.OptionParser(usage="%prog [options] FILE...", version="%prog 1.2", prog="oldtool", description="An optparse tool with a description long enough that it must wrap across lines in help.")
p.add_option("-f", "--file", dest="filename", help="write report to FILE", metavar="FILE")
p.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True, help="don't print status messages")
p.add_option("-n", type="int", default=1, help="count [default: %default]")
p.add_option("--ratio", type="float")
p.add_option("--mode", type="choice", choices=["a", "b"], default="a")
p.add_option("--add", action="append", default=[])
p.add_option("-v", action="count", dest="verbosity")
p.add_option("--pair", nargs=2, type="int")
p.add_option("--cb", action="callback", callback=lambda o, s, v, pr: print("callback", s))
g = optparse.OptionGroup(p, "Dangerous Options", "Caution: use at your own risk.")
g.add_option("-g", action="store_true", help="Group option.")
p.add_option_group(g)
run(p, ["-f", "out.txt", "a", "b"])
run(p, ["-q", "-n", "5", "--ratio=0.5", "--add", "x", "--add", "y", "-vvv", "--pair", "1", "2", "--cb"])
run(p, ["-n", "x"])
run(p, ["--mode", "c"])
run(p, ["--bogus"])
run(p, ["-f"])
run(p, ["--pair", "1"])
run(p, ["--fi", "z"])
run(p, ["-h"])
run(p, ["--version"])
try:
    p.add_option("-f")
except optparse.OptionConflictError as e:
    print("conflict", e)
try:
    p.add_option("bad")
except optparse.OptionError as e:
    print("OptionError", e)
try:
    p.add_option("--x", type="complexx")
except optparse.OptionError as e:
    print("OptionError", e)
print(getopt.getopt(["-a", "-bval", "--long=x", "--flag", "rest", "-c"], "ab:c", ["long=", "flag"]))
print(getopt.gnu_getopt(["x", "-a", "y", "--long", "z"], "a", ["long="]))
for argv, short, long in [(["-z"], "a", []), (["-b"], "b:", []), (["--nope"], "", ["yes"]), (["--lo"], "", ["long", "loud"]), (["--flag=1"], "", ["flag"])]:
    try:
        getopt.getopt(argv, short, long)
    except getopt.GetoptError as e:
        print("GetoptError", e, repr(e.opt), e.msg)
class Shell(cmd.Cmd):
    prompt = "(t) "
    intro = "Welcome."
    def do_greet(self, arg):
        "Greet someone: greet NAME"
        print("hello", arg or "world")
    def do_add(self, arg):
        try:
            print(sum(map(int, arg.split())))
        except ValueError as e:
            print("*** error:", e)
    def complete_greet(self, text, line, b, e):
        return [n for n in ("alice", "bob") if n.startswith(text)]
    def do_EOF(self, arg):
        print("bye")
        return True
sh = Shell(stdin=io.StringIO("greet\ngreet ann\nadd 1 2 3\nadd x\nhelp\nhelp greet\nunknown cmd\n\n?add\nEOF\n"), stdout=sys.stdout)
sh.use_rawinput = False
sh.cmdloop()
print(sh.completenames("gr"), sh.complete_greet("a", "greet a", 6, 7))
