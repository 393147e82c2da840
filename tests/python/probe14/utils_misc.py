# Utilities: random with a seed, tomllib, graphlib, ipaddress, html, shlex, glob/fnmatch, os.walk, uuid, mimetypes.
import random, tomllib, graphlib, ipaddress, html, html.parser, shlex, glob, fnmatch, os, stat, uuid, mimetypes
import tempfile, pathlib, json, string, secrets, hashlib, sys

random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 7), random.choice("abcdef"))
deck = list(range(10))
random.shuffle(deck)
print(deck, random.sample(range(100), 5), random.choices("abc", weights=[5, 1, 1], k=8))
print(round(random.uniform(1, 2), 12), round(random.gauss(0, 1), 12), round(random.normalvariate(5, 2), 12), random.getrandbits(70))
print(round(random.expovariate(1.5), 12), round(random.triangular(0, 10, 3), 12), round(random.betavariate(2, 3), 12), round(random.lognormvariate(0, 1), 12))
print(round(random.vonmisesvariate(1, 2), 12), round(random.gammavariate(2.5, 1), 12), round(random.paretovariate(3), 12), round(random.weibullvariate(1, 1.5), 12))
r2 = random.Random("a string seed")
print(r2.random(), r2.randbytes(6), random.Random(7).sample(["x", "y", "z"], k=3))
st = random.getstate()
a = random.random()
random.setstate(st)
print(a == random.random(), random.Random(1.5).random(), random.Random(2**80).randint(0, 10**30))

cfg = tomllib.loads('''
title = "Example"
[owner]
name = "Tom"
dob = 1979-05-27T07:32:00-08:00
[database]
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }
enabled = true
[[products]]
name = "Hammer"
sku = 738594937
[[products]]
name = "Nail"
color = "gray"
literal = 'C:\\Users'
multi = """
line1
line2"""
hex = 0xDEAD_BEEF
date = 2024-01-02
time = 07:32:00.5
inf = -inf
''')
print(json.dumps(cfg, default=str, sort_keys=True))
try:
    tomllib.loads("a = 1\na = 2")
except tomllib.TOMLDecodeError as e:
    print("TOMLDecodeError:", e)

deps = {"app": {"lib", "utils"}, "lib": {"core"}, "utils": {"core"}, "core": set(), "docs": set()}
ts = graphlib.TopologicalSorter(deps)
order = list(ts.static_order())
print(order.index("core") < order.index("lib") < order.index("app"), len(order))
ts = graphlib.TopologicalSorter({"a": {"b"}, "b": {"a"}})
try:
    ts.prepare()
except graphlib.CycleError as e:
    print("CycleError", e.args[0], sorted(e.args[1]))

net = ipaddress.ip_network("192.168.10.0/28")
print(net, net.netmask, net.broadcast_address, net.num_addresses, list(net.hosts())[:3], net.prefixlen)
print(list(net.subnets(prefixlen_diff=2)), ipaddress.ip_address("192.168.10.5") in net, net.supernet(new_prefix=24))
a6 = ipaddress.ip_address("2001:db8::1")
print(a6, a6.exploded, a6.version, a6.is_private, ipaddress.ip_address("127.0.0.1").is_loopback, int(ipaddress.IPv4Address("1.2.3.4")))
print(ipaddress.ip_interface("10.1.2.3/8").network, list(ipaddress.collapse_addresses([ipaddress.ip_network("10.0.0.0/25"), ipaddress.ip_network("10.0.0.128/25")])))
print(repr(ipaddress.ip_address("::ffff:1.2.3.4").ipv4_mapped), sorted([ipaddress.ip_address("10.0.0.2"), ipaddress.ip_address("10.0.0.10")]))
try:
    ipaddress.ip_address("300.1.1.1")
except ValueError as e:
    print("ValueError:", e)

print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;&eacute;&#x41;&#66;&nbsp;&amp;amp;&notanentity;"))
class LinkParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.events = []
    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs))
    def handle_endtag(self, tag):
        self.events.append(("end", tag))
    def handle_data(self, data):
        if data.strip():
            self.events.append(("data", data.strip()))
    def handle_comment(self, data):
        self.events.append(("comment", data))
lp = LinkParser()
lp.feed("<html><body><a href=\"/x?a=1&amp;b=2\" class=link>Link &amp; more</a><br/><!-- c --><p>t</body></html>")
lp.close()
print(lp.events)

cmdline = "grep -r --include='*.py' \"hello world\" src/ | wc -l # comment"
print(shlex.split(cmdline), shlex.split(cmdline, comments=True), shlex.quote("it's"), shlex.join(["a b", "c"]))
lex = shlex.shlex("a=b, c='d e'", posix=True, punctuation_chars=True)
print(list(lex))

with tempfile.TemporaryDirectory() as d:
    root = pathlib.Path(d)
    for rel in ["a.py", "b.txt", "sub/c.py", "sub/deep/d.py", "sub/.hidden.py", "data/x.csv"]:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(rel)
    os.chmod(root / "a.py", 0o754)
    print(sorted(os.path.relpath(p, d) for p in glob.glob(os.path.join(d, "**", "*.py"), recursive=True)))
    print(sorted(glob.glob("*.py", root_dir=d)), sorted(glob.glob("s*/[cd]*", root_dir=d)), glob.escape("a[b]*"))
    walked = []
    for dirpath, dirnames, filenames in os.walk(d):
        dirnames.sort()
        walked.append((os.path.relpath(dirpath, d), sorted(filenames)))
    print(walked)
    print(sorted(str(p.relative_to(root)) for p in root.glob("**/*.py")), sorted(p.name for p in (root / "sub").iterdir()))
    print(stat.filemode(os.stat(root / "a.py").st_mode), oct(stat.S_IMODE(os.stat(root / "a.py").st_mode)), stat.S_ISDIR(os.stat(root / "sub").st_mode))
    with os.scandir(d) as it:
        print(sorted((e.name, e.is_dir(), e.is_file()) for e in it))
    print(os.path.getsize(root / "sub/c.py"), os.path.splitext("x/y.tar.gz"), os.path.commonpath([str(root / "sub"), str(root / "data")]) == d)
print(fnmatch.fnmatch("Foo.PY", "*.py"), fnmatch.fnmatchcase("Foo.PY", "*.py"), fnmatch.filter(["a.c", "b.h", "c.c"], "*.c"), fnmatch.translate("a?[!x]*"))

ns = uuid.UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
u5 = uuid.uuid5(ns, "example.org")
print(u5, u5.version, uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), u5.hex[:8], u5.urn[:13], repr(uuid.UUID(int=1)), uuid.UUID(bytes=b"\x12" * 16).fields)
print(mimetypes.guess_type("report.pdf"), mimetypes.guess_type("a.tar.gz"), mimetypes.guess_extension("image/png"), mimetypes.guess_type("x.unknownext"))
print(len(secrets.token_hex(8)), len(secrets.token_urlsafe(12)), secrets.compare_digest("a", "a"), string.hexdigits, string.octdigits)
