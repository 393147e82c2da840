# Small "ordinary programs": a word counter, a CSV report, a config loader,
# a subprocess pipeline, date arithmetic, a directory scan, shlex, uuid,
# secrets-free ids, getpass-free user info, and sorting with locale-free keys.
import collections, re, csv, io, json, dataclasses, subprocess, sys, os, shlex, datetime, tempfile, pathlib, uuid, itertools, operator, textwrap, difflib, fnmatch, html, urllib.parse, email.message, email.utils, ipaddress, calendar, zoneinfo, locale, string, getopt
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief."""
words = re.findall(r"[a-z']+", text.lower())
cnt = collections.Counter(words)
for w, n in cnt.most_common(5):
    print(f"{w:<10}{n:>3}")
print(len(words), len(cnt), sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
data = "name,dept,salary\nann,eng,120\nbob,ops,90\ncid,eng,100\ndee,ops,95\n"
rows = list(csv.DictReader(io.StringIO(data)))
by = collections.defaultdict(list)
for r in rows: by[r["dept"]].append(int(r["salary"]))
for dept, sal in sorted(by.items()):
    print(f"{dept}: n={len(sal)} total={sum(sal)} avg={sum(sal)/len(sal):.2f}")
out = io.StringIO(); wr = csv.writer(out); wr.writerow(["dept", "max"]); wr.writerows((d, max(s)) for d, s in sorted(by.items())); print(out.getvalue(), end="")
@dataclasses.dataclass
class Config:
    host: str = "localhost"
    port: int = 8080
    debug: bool = False
    tags: list = dataclasses.field(default_factory=list)
cfg = Config(**json.loads('{"host": "example.com", "port": 443, "tags": ["a"]}'))
print(cfg, json.dumps(dataclasses.asdict(cfg), sort_keys=True))
p = subprocess.run([sys.executable, "-c", "import sys; print(sys.stdin.read()[::-1]); sys.exit(3)"], input="abc", capture_output=True, text=True)
print(p.returncode, repr(p.stdout), p.args[1:])
print(subprocess.check_output(["echo", "hi there"]), subprocess.call(["true"]), subprocess.getoutput("echo x; echo y >&2"), subprocess.getstatusoutput("exit 3"))
try: subprocess.check_call(["false"])
except subprocess.CalledProcessError as e: print(e, e.returncode)
try: subprocess.run(["nosuchcommand_xyz"])
except FileNotFoundError as e: print(type(e).__name__, e.errno, e.filename)
try: subprocess.run(["sleep", "5"], timeout=0.1)
except subprocess.TimeoutExpired as e: print("timeout", e.cmd)
pr = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE); o, _ = pr.communicate(b"piped"); print(o, pr.returncode, pr.pid > 0)
p1 = subprocess.Popen(["printf", "b\\na\\nc\\n"], stdout=subprocess.PIPE); p2 = subprocess.Popen(["sort"], stdin=p1.stdout, stdout=subprocess.PIPE); p1.stdout.close(); print(p2.communicate()[0], p1.wait())
print(subprocess.run("echo $((1+2))", shell=True, capture_output=True).stdout, subprocess.list2cmdline(["a b", "c"]))
print(shlex.split("a 'b c' \"d e\" f\\ g"), shlex.quote("it's"), shlex.join(["x y", "z"]))
d = datetime.date(2024, 2, 28)
dt = datetime.datetime(2024, 3, 10, 1, 30, 15, 123456)
print(d + datetime.timedelta(days=2), d.isoformat(), d.weekday(), tuple(d.isocalendar()), d.strftime("%A %d %B %Y"), d.replace(day=1), d.toordinal(), datetime.date.fromordinal(738000))
print(dt, repr(dt), dt.isoformat(sep=" ", timespec="milliseconds"), dt.timetuple()[:6], dt - datetime.datetime(2024, 1, 1), (dt - datetime.datetime(2024, 1, 1)).total_seconds())
print(datetime.datetime.strptime("2024-05-06 07:08", "%Y-%m-%d %H:%M"), datetime.datetime.fromisoformat("2024-05-06T07:08:09+02:00"), datetime.date.fromisoformat("2024-05-06"), datetime.datetime(2024, 1, 1).strftime("%j %U %a %p"))
tz = zoneinfo.ZoneInfo("America/New_York")
a = datetime.datetime(2024, 3, 10, 1, 30, tzinfo=tz); b = a + datetime.timedelta(hours=1)
print(a, a.tzname(), a.utcoffset(), b, b.astimezone(datetime.timezone.utc), datetime.datetime(2024, 11, 3, 1, 30, fold=1, tzinfo=tz).tzname(), str(tz))
print(datetime.timedelta(days=1, seconds=3661, microseconds=5), datetime.timedelta(hours=-1), datetime.timedelta(weeks=1) / datetime.timedelta(days=1), datetime.timedelta(seconds=90) // 60, abs(datetime.timedelta(-1)), str(datetime.timedelta(days=-2, seconds=5)))
print(datetime.datetime.fromtimestamp(0, datetime.timezone.utc), datetime.datetime.utcfromtimestamp(86400), datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30))).isoformat(), datetime.time(13, 5).strftime("%I:%M %p"), datetime.time.fromisoformat("10:11:12.5"))
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.month_name[3], calendar.day_abbr[0], calendar.weekday(2024, 1, 1), calendar.timegm((2024, 1, 1, 0, 0, 0)))
tmp = pathlib.Path(tempfile.mkdtemp())
for n in ["a.py", "b.txt", "sub/c.py", "sub/deeper/d.py", "sub/e.md"]:
    (tmp / n).parent.mkdir(parents=True, exist_ok=True); (tmp / n).write_text("x" * len(n))
sizes = {str(p.relative_to(tmp)): p.stat().st_size for p in sorted(tmp.rglob("*.py"))}
print(sizes, sum(sizes.values()), sorted(fnmatch.filter(os.listdir(tmp / "sub"), "*.md")), fnmatch.fnmatch("x.PY", "*.py"))
print(list(difflib.unified_diff(["a\n", "b\n"], ["a\n", "c\n"], "old", "new")), difflib.SequenceMatcher(None, "abcd", "bcde").ratio(), difflib.get_close_matches("appel", ["apple", "ape", "peach"]))
print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;&amp;&#39;&eacute;"), urllib.parse.urlparse("https://u:p@h.com:8080/p/a?q=1&r=2#f"), urllib.parse.urlencode({"a": "b c", "d": ["1", "2"]}, doseq=True))
print(urllib.parse.quote("a b/c?"), urllib.parse.unquote_plus("a+b%2F"), urllib.parse.parse_qs("a=1&a=2&b="), urllib.parse.urljoin("http://x/a/b", "../c"), urllib.parse.parse_qsl("x=1;y=2", separator=";"))
m = email.message.EmailMessage(); m["Subject"] = "Hi"; m["To"] = "a@b.c"; m.set_content("Body\n"); print(m.as_string().replace("\n", "|")[:120], email.utils.parseaddr("Ann <ann@x.org>"), email.utils.formataddr(("B", "b@y.org")))
print(ipaddress.ip_address("192.168.1.1").is_private, ipaddress.ip_network("10.0.0.0/30").num_addresses, list(ipaddress.ip_network("10.0.0.0/30").hosts()), ipaddress.ip_address("::1"), ipaddress.IPv4Interface("1.2.3.4/24").network)
print(uuid.UUID("12345678-1234-5678-1234-567812345678").hex, uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "x"), uuid.UUID(int=5).urn, uuid.uuid4().version)
print(textwrap.fill(text, 40), "\n".join(itertools.starmap("{}={}".format, sorted({"b": 2, "a": 1}.items()))))
print(getopt.getopt(["-a", "1", "--long=x", "rest"], "a:", ["long="]), string.ascii_uppercase[:5], locale.setlocale(locale.LC_ALL, None), locale.localeconv()["decimal_point"], locale.format_string("%.2f", 1234.5, grouping=True))
try: getopt.getopt(["-z"], "a")
except getopt.GetoptError as e: print(e, e.opt)
