# sqlite3, email, urllib.parse, http.client vs http.server, xml, configparser, gettext.
import sqlite3, email, email.policy, urllib.parse, http.server, http.client, threading, json
import xml.etree.ElementTree as ET, xml.dom.minidom, configparser, gettext, io
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication

con = sqlite3.connect(":memory:")
con.execute("create table emp(id integer primary key, name text not null, dept text, salary real)")
con.executemany("insert into emp(name, dept, salary) values (?, ?, ?)",
                [("ann", "eng", 120.5), ("bob", "eng", 99), ("cat", "ops", 80), ("dan", None, 50)])
con.commit()
print(con.execute("select dept, count(*), round(avg(salary), 2) from emp group by dept order by dept").fetchall())
con.row_factory = sqlite3.Row
row = con.execute("select * from emp where name = :n", {"n": "cat"}).fetchone()
print(row.keys(), tuple(row), row["salary"], dict(row))
con.row_factory = None
try:
    with con:
        con.execute("update emp set salary = salary * 2")
        con.execute("insert into emp(name) values (NULL)")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e)
print(con.execute("select sum(salary) from emp").fetchone(), con.total_changes)
cur = con.cursor()
cur.execute("insert into emp(name, dept) values ('eve', 'ops')")
print(cur.lastrowid, cur.rowcount, cur.description is None)
cur.execute("select name from emp where dept is ? order by name", ("ops",))
print(cur.fetchmany(1), cur.fetchall(), [d[0] for d in cur.description])
con.rollback()
con.create_function("shout", 1, lambda s: s.upper() + "!")
print(con.execute("select shout(name) from emp order by id limit 2").fetchall())
class Agg:
    def __init__(self): self.v = []
    def step(self, x): self.v.append(x)
    def finalize(self): return "|".join(sorted(self.v))
con.create_aggregate("joined", 1, Agg)
print(con.execute("select joined(name) from emp").fetchone()[0])
print(list(con.iterdump())[:3])
try:
    con.execute("select * from nope")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
print(sqlite3.sqlite_version_info >= (3, 0), sqlite3.paramstyle, con.in_transaction)
con.close()

msg = EmailMessage()
msg["From"] = "Ann Example <ann@example.com>"
msg["To"] = "bob@example.org, Cé <ce@example.net>"
msg["Subject"] = "Quarterly report ✓"
msg.set_content("Hello Bob,\n\nNumbers attached.\n")
msg.add_attachment(b"a,b\n1,2\n", maintype="text", subtype="csv", filename="q.csv")
raw = msg.as_bytes(policy=email.policy.SMTP.clone(linesep="\n"))
parsed = email.message_from_bytes(raw, policy=email.policy.default)
print(parsed["subject"], parsed["to"].addresses[1].display_name, parsed.get_content_type(), parsed.is_multipart())
for part in parsed.iter_parts():
    print(" ", part.get_content_type(), part.get_filename(), repr(part.get_content()))
print(email.utils.parseaddr("Ann <ann@x.com>"), email.utils.formataddr(("Bé", "b@x.com")), email.utils.formatdate(0, usegmt=True))
print(email.header.decode_header("=?utf-8?b?Q8Op?="), email.utils.parsedate_to_datetime("Tue, 01 Aug 2023 10:00:00 +0200"))
mm = MIMEMultipart("alternative")
mm["Subject"] = "hi"
mm.attach(MIMEText("plain", "plain"))
mm.attach(MIMEText("<b>x</b>", "html", "utf-8"))
mm.attach(MIMEApplication(b"\x00\x01", Name="b.bin"))
s = mm.as_string()
print([p.get_content_type() for p in email.message_from_string(s).walk()], s.count("Content-Transfer-Encoding: base64"))

u = urllib.parse.urlsplit("https://user:pw@example.com:8443/a/b;p?q=1&q=2&x=%20y#frag")
print(u, u.hostname, u.port, u.username)
print(urllib.parse.parse_qs(u.query), urllib.parse.parse_qsl("a=1&b=&c", keep_blank_values=True))
print(urllib.parse.urlencode({"q": "a b&c", "n": [1, 2]}, doseq=True), urllib.parse.quote("/a b/ü"), urllib.parse.quote_plus("a b+c"))
print(urllib.parse.unquote("%E2%9C%93%20ok"), urllib.parse.urljoin("http://x/a/b/c", "../d?e"), urllib.parse.urlunparse(("http", "h", "/p", "", "q=1", "")))
print(urllib.parse.urlparse("//netloc/path"), urllib.parse.urldefrag("http://x/#y"))

class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        q = urllib.parse.urlparse(self.path)
        body = json.dumps({"path": q.path, "args": urllib.parse.parse_qs(q.query)}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def do_POST(self):
        n = int(self.headers["Content-Length"])
        data = self.rfile.read(n)
        if data == b"bad":
            self.send_error(400, "Bad payload")
            return
        self.send_response(201)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data[::-1])
    def log_message(self, *a):
        pass
srv = http.server.HTTPServer(("127.0.0.1", 0), Handler)
th = threading.Thread(target=srv.serve_forever, daemon=True)
th.start()
conn = http.client.HTTPConnection("127.0.0.1", srv.server_address[1], timeout=5)
conn.request("GET", "/items?id=3&id=4")
r = conn.getresponse()
print(r.status, r.reason, r.getheader("Content-Type"), json.loads(r.read()))
conn.request("POST", "/echo", body=b"hello", headers={"X-T": "1"})
r = conn.getresponse()
print(r.status, r.read())
conn.request("POST", "/echo", body=b"bad")
r = conn.getresponse()
print(r.status, r.reason, b"Bad payload" in r.read())
conn.close()
srv.shutdown()
srv.server_close()

XML = """<?xml version="1.0"?>
<library xmlns:d="urn:dc">
  <book id="1" lang="en"><title>Dune</title><d:creator>Herbert</d:creator><price>9.99</price></book>
  <book id="2"><title>Solaris</title><d:creator>Lem</d:creator><price>12.50</price></book>
  <!-- comment -->
</library>"""
root = ET.fromstring(XML)
ns = {"d": "urn:dc"}
for b in root.findall("book"):
    print(b.get("id"), b.get("lang", "?"), b.findtext("title"), b.find("d:creator", ns).text, float(b.findtext("price")))
print([e.tag for e in root.iter()][:4], root.find(".//book[@id='2']/title").text, len(root.findall(".//{urn:dc}creator")))
new = ET.SubElement(root, "book", id="3")
ET.SubElement(new, "title").text = "Ubik & <Co>"
root.remove(root.find("book"))
ET.indent(root)
print(ET.tostring(root, encoding="unicode"))
tree = ET.ElementTree(ET.Element("r", a="1"))
bio = io.BytesIO()
tree.write(bio, encoding="utf-8", xml_declaration=True)
print(bio.getvalue())
dom = xml.dom.minidom.parseString("<a><b x='1'>t</b><b/></a>")
print(dom.documentElement.tagName, [b.getAttribute("x") for b in dom.getElementsByTagName("b")], dom.toxml())
print(dom.toprettyxml(indent="  "))
try:
    ET.fromstring("<a><b></a>")
except ET.ParseError as e:
    print("ParseError:", e, e.position)

cp = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
cp.read_string("""
[DEFAULT]
base = /srv
[app]
path = ${base}/app
debug = yes
workers = 4
ratio = 0.5
[db]
url = postgres://${app:path}
""")
print(cp.sections(), cp["app"]["path"], cp.getboolean("app", "debug"), cp.getint("app", "workers"), cp.getfloat("app", "ratio"))
print(cp["db"]["url"], cp.get("db", "missing", fallback="fb"), dict(cp["app"]), cp.has_option("db", "base"))
cp["new"] = {"k": "v"}
out = io.StringIO()
cp.write(out)
print(out.getvalue())
try:
    cp.getint("app", "path")
except ValueError as e:
    print("ValueError:", e)
raw = configparser.RawConfigParser()
raw.read_string("[s]\nk = %(x)s\n")
print(raw.get("s", "k"))
try:
    configparser.ConfigParser().read_string("[a]\nk=1\n[a]\n")
except configparser.DuplicateSectionError as e:
    print("DuplicateSectionError:", e)
t = gettext.NullTranslations()
print(t.gettext("hello"), t.ngettext("file", "files", 2), gettext.gettext("x"), gettext.translation("nope", fallback=True).gettext("y"))
