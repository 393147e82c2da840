# Older CLI and tooling modules: optparse, getopt, cmd, ast, tokenize, plistlib, wave, sched,
# mailbox, netrc, string.Formatter subclasses, locale in the C locale.
import ast, cmd, datetime, email.message, getopt, io, keyword, locale, mailbox, netrc, optparse
import os, plistlib, sched, string, sys, tempfile, time, token, tokenize, wave

p = optparse.OptionParser(usage="%prog [opts] file", version="1.0", prog="op")
p.add_option("-f", "--file", dest="filename", help="write to FILE", metavar="FILE")
p.add_option("-q", action="store_false", dest="verbose", default=True, help="quiet")
p.add_option("-n", type="int", default=2)
g = optparse.OptionGroup(p, "Group", "desc")
g.add_option("--gx", action="count")
p.add_option_group(g)
opts, args = p.parse_args(["-f", "x", "-q", "a", "--gx", "--gx"])
print(vars(opts), args)
p.print_help()
sys.stderr = sys.stdout
try:
    p.parse_args(["-n", "z"])
except SystemExit as e:
    print("exit", e.code)
sys.stderr = sys.__stderr__
print(getopt.getopt(["-a", "-b", "val", "--long=x", "rest"], "ab:", ["long="]), getopt.gnu_getopt(["x", "-a", "y"], "a"))
try:
    getopt.getopt(["-z"], "a")
except getopt.GetoptError as e:
    print(e, e.opt)

class Shell(cmd.Cmd):
    prompt = "> "
    def do_greet(self, arg):
        "Greet someone."
        print("hi", arg or "you")
    def do_quit(self, arg):
        return True
    def default(self, line):
        print("unknown:", line)
sh = Shell(stdin=io.StringIO("greet bob\nfoo\nhelp\nhelp greet\n\nquit\n"))
sh.use_rawinput = False
sh.cmdloop("intro")
print()

tree = ast.parse("x = [i ** 2 for i in range(3) if i]\ndef f(a, *, b=1) -> int: return a")
print(ast.dump(tree.body[0], indent=1)[:200])
print(ast.unparse(tree))
print(ast.literal_eval("{'a': (1, 2.5, None, True), 'b': -3j, 'c': {1, 2}}"))
class Times10(ast.NodeTransformer):
    def visit_Constant(self, n):
        return ast.Constant(n.value * 10) if isinstance(n.value, int) else n
exec(compile(ast.fix_missing_locations(Times10().visit(ast.parse("print(1 + 2)"))), "<ast>", "exec"))
print([type(n).__name__ for n in ast.walk(ast.parse("a + b * c"))])
toks = list(tokenize.generate_tokens(io.StringIO("x = 1 + f'a{b}' # c\n").readline))
print([(token.tok_name[t.type], t.string) for t in toks])
print(keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))

d = {"name": "x", "n": 3, "f": 1.5, "b": True, "data": b"\x00\x01", "list": [1, "a"],
     "date": datetime.datetime(2020, 1, 2, 3, 4, 5)}
x = plistlib.dumps(d)
print(x.decode())
print(plistlib.loads(x) == d, plistlib.loads(plistlib.dumps(d, fmt=plistlib.FMT_BINARY)) == d)
b = io.BytesIO()
w = wave.open(b, "wb")
w.setnchannels(1); w.setsampwidth(2); w.setframerate(8000)
w.writeframes(b"\x00\x01" * 10)
w.close()
r = wave.open(io.BytesIO(b.getvalue()))
print(r.getparams(), r.readframes(2), len(b.getvalue()))

s = sched.scheduler(time.monotonic, time.sleep)
out = []
s.enter(0.02, 1, out.append, ("b",))
s.enter(0.01, 1, out.append, ("a",))
s.enter(0.01, 0, out.append, ("first",))
ev = s.enter(0.01, 2, out.append, ("cancelled",))
s.cancel(ev)
s.run()
print(out, s.empty())

with tempfile.TemporaryDirectory() as dd:
    mb = mailbox.mbox(os.path.join(dd, "mb"))
    for i in range(2):
        m = email.message.EmailMessage()
        m["Subject"] = f"s{i}"
        m["From"] = "a@b.c"
        m.set_content(f"body {i}\nFrom the start\n")
        mb.add(m)
    mb.flush()
    again = mailbox.mbox(os.path.join(dd, "mb"))
    print([x["subject"] for x in again], [x.get_payload() for x in again], len(mb))
    md = mailbox.Maildir(os.path.join(dd, "md"))
    md.add(m)
    print(len(md), [x["subject"] for x in md], md.list_folders())
    p = os.path.join(dd, "netrc")
    with open(p, "w") as f:
        f.write("machine h login u password p\ndefault login anon password x\n")
    os.chmod(p, 0o600)
    n = netrc.netrc(p)
    print(n.authenticators("h"), n.authenticators("other"))

class Upper(string.Formatter):
    def convert_field(self, v, c):
        return v.upper() if c == "u" else super().convert_field(v, c)
    def format_field(self, v, spec):
        return "<" + super().format_field(v, spec) + ">"
print(Upper().format("{0!u} {1!r:>5} {n:03d}", "abc", "d", n=7))
print(f"{'x':{'>'}{5}}", format(1234567, ","), format(0.5, ".0%"), format(3, "b"), "{:e}".format(0))
print(f"{3.14159:.{2}f}", f"{'é'!a}", f"{10:#x}", f"{-5:+}", f"{5:=+4}", f"{1e100:.2e}", f"{123.456:10.1f}|", f"{True:d}", f"{None!s:>5}")
locale.setlocale(locale.LC_ALL, "C")
print(locale.format_string("%.2f", 1234.5, grouping=True), locale.localeconv()["decimal_point"], locale.str(1.5), locale.atof("3.5"))
