import sqlite3, email, email.message, email.mime.text, email.mime.multipart, email.policy, email.parser, email.headerregistry
import xml.etree.ElementTree as ET, xml.dom.minidom as minidom, html, html.parser, configparser, shlex, io, pickle, copy, shelve, tempfile, os
con = sqlite3.connect(":memory:")
con.row_factory = sqlite3.Row
cur = con.cursor()
cur.execute("create table t (id integer primary key, name text not null unique, score real)")
cur.executemany("insert into t(name, score) values (?, ?)", [("a", 1.5), ("b", None), ("c", 3)])
print(cur.lastrowid, cur.rowcount, con.total_changes)
for row in con.execute("select * from t order by score desc nulls last"):
    print(tuple(row), row.keys(), row["name"])
try:
    con.execute("insert into t(name) values ('a')")
except sqlite3.IntegrityError as e:
    print(type(e).__name__, e)
try:
    con.execute("selec 1")
except sqlite3.OperationalError as e:
    print(type(e).__name__, e)
con.create_function("dbl", 1, lambda x: x * 2)
print(con.execute("select dbl(score), typeof(score) from t").fetchall())
with con:
    con.execute("update t set score = :s where name = :n", {"s": 9, "n": "b"})
print(con.execute("select sum(score), count(*), group_concat(name, '|') from t").fetchone()[:])
print(list(con.iterdump())[:3])
con.close()
try: con.execute("select 1")
except sqlite3.ProgrammingError as e: print(e)
msg = email.message.EmailMessage()
msg["From"] = email.headerregistry.Address("Jöe", "joe", "example.com")
msg["To"] = "a@b.c, Ann <ann@x.org>"
msg["Subject"] = "Héllo wörld"
msg.set_content("Body line\nsecond\n")
msg.add_attachment(b"\x00\x01data", maintype="application", subtype="octet-stream", filename="d.bin")
s = msg.as_string()
import re
s = re.sub(r"=+\d+==", "BOUNDARY", s)
print(s)
p = email.parser.BytesParser(policy=email.policy.default).parsebytes(msg.as_bytes())
print(p["subject"], p["to"].addresses, p.get_content_type(), [x.get_filename() for x in p.iter_attachments()], p.get_body().get_content())
mm = email.mime.multipart.MIMEMultipart("alternative"); mm.attach(email.mime.text.MIMEText("hi", "plain", "utf-8")); print(mm.get_content_type(), len(mm.get_payload()))
root = ET.fromstring('<root a="1"><item id="x">one</item><item id="y"><sub>two</sub></item><!-- c --></root>')
print(root.tag, root.attrib, [i.get("id") for i in root.iter("item")], root.find("item/sub").text, root.findall(".//sub"), root.findtext("item"))
ET.SubElement(root, "new", k="v").text = "<&>"
ET.indent(root)
print(ET.tostring(root, encoding="unicode"))
try: ET.fromstring("<a><b></a>")
except ET.ParseError as e: print("ParseError", e, e.position)
dom = minidom.parseString("<doc><p class='x'>Hi &amp; bye</p><p/></doc>")
print(dom.documentElement.tagName, [p.getAttribute("class") for p in dom.getElementsByTagName("p")], dom.toprettyxml(indent="  "))
print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;&amp;&eacute;&#x41;&nbsp;|"))
class P(html.parser.HTMLParser):
    def handle_starttag(self, t, a): print("start", t, a)
    def handle_endtag(self, t): print("end", t)
    def handle_data(self, d): d.strip() and print("data", repr(d))
P().feed("<html><body class=main><p>Text<br/>more</p><img src=x alt='y'></body></html>")
cp = configparser.ConfigParser()
cp.read_string("[DEFAULT]\nbase = /opt\n[app]\npath = %(base)s/app\nport = 8080\ndebug = yes\n[empty]\n")
print(cp.sections(), cp["app"]["path"], cp.getint("app", "port"), cp.getboolean("app", "debug"), dict(cp["app"]), cp.get("app", "x", fallback="fb"))
try: cp.get("app", "missing")
except configparser.NoOptionError as e: print(e)
try: cp.read_string("[a]\nx=1\n[a]\n")
except configparser.DuplicateSectionError as e: print(e)
out = io.StringIO(); cp.write(out); print(out.getvalue())
print(shlex.split("cmd -a 'b c' \"d e\" f\\ g # x", comments=True), shlex.quote("it's"), shlex.join(["a b", "c"]))
try: shlex.split("a 'b")
except ValueError as e: print(e)
class Node:
    def __init__(self, v): self.v = v; self.kids = []
n = Node(1); n.kids.append(Node(2)); n.kids.append(n)
n2 = copy.deepcopy(n); print(n2.kids[1] is n2, n2.kids[0].v, copy.copy(n).kids is n.kids)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    d = pickle.loads(pickle.dumps({"a": [1, 2.5, None, (3, "x")], "s": {1, 2}, "b": b"\xff"}, protocol=proto))
print(d, pickle.dumps([1, 2], protocol=2), len(pickle.dumps(n)))
try: pickle.dumps(lambda: 1)
except Exception as e: print(type(e).__name__, e)
try: pickle.loads(b"garbage")
except Exception as e: print(type(e).__name__, e)
dd = tempfile.mkdtemp()
with shelve.open(os.path.join(dd, "sh")) as db:
    db["k"] = {"x": [1, 2]}; db["j"] = 5
with shelve.open(os.path.join(dd, "sh")) as db:
    print(sorted(db.keys()), db["k"], "j" in db)
import shutil; shutil.rmtree(dd)
