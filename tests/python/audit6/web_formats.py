import urllib.parse as up, email, email.message, email.utils, email.policy, email.header, mimetypes, http.cookies, configparser, tomllib, io, base64, quopri
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
u = "https://user:pw@Example.com:8443/a/b;p?q=1&q=2&x=%20y#frag"
t("urlparse", lambda: up.urlparse(u))
t("urlsplit parts", lambda: (up.urlsplit(u).hostname, up.urlsplit(u).port, up.urlsplit(u).username, up.urlsplit(u).password))
t("bad port", lambda: up.urlsplit("http://h:99999/").port)
t("bad port2", lambda: up.urlsplit("http://h:xx/").port)
t("parse_qs", lambda: up.parse_qs("a=1&a=2&b=&c", keep_blank_values=True))
t("parse_qsl strict", lambda: up.parse_qsl("a=1&b", strict_parsing=True))
t("urlencode", lambda: up.urlencode({"q": "a b&c", "n": [1, 2]}, doseq=True))
t("urlencode bad", lambda: up.urlencode("abc"))
t("quote", lambda: (up.quote("a b/c?d=é"), up.quote_plus("a b/c"), up.quote("/x y", safe="")))
t("unquote", lambda: (up.unquote("%E2%82%AC%zz"), up.unquote_plus("a+b%2B"), up.unquote_to_bytes("%00a")))
t("urljoin", lambda: [up.urljoin("http://a/b/c/d;p?q", r) for r in ("g", "../g", "/g", "//g", "?y", "#s", "../../../g")])
t("urlunparse", lambda: up.urlunparse(("http", "h", "/p", "", "a=1", "f")))
t("urldefrag", lambda: up.urldefrag("http://x/y#z"))
t("splittype", lambda: up.urlparse("mailto:someone@x.org"))
t("ipv6", lambda: (up.urlsplit("http://[::1]:80/").hostname, up.urlsplit("http://[::1/").hostname))
msg = email.message.EmailMessage()
msg["From"] = "Ann <ann@example.com>"
msg["To"] = "bob@example.com, Cy <cy@example.org>"
msg["Subject"] = "Héllo wörld, a fairly long subject line that will need folding at some point"
msg["Date"] = email.utils.formatdate(0, usegmt=True)
msg["Message-ID"] = "<id1@example.com>"
msg.set_content("Body line 1\nBody line two é\n")
msg.add_attachment(b"\x00\x01binary", maintype="application", subtype="octet-stream", filename="d.bin")
raw = msg.as_string()
print(raw.replace(msg.get_boundary(), "BOUNDARY"))
back = email.message_from_string(raw, policy=email.policy.default)
print(back["subject"], back.is_multipart(), [p.get_content_type() for p in back.iter_parts()])
print([a.get_filename() for a in back.iter_attachments()], back.get_body(("plain",)).get_content())
print(email.utils.getaddresses(back.get_all("to")), email.utils.parseaddr("Ann <ann@example.com>"))
print(email.utils.formataddr(("Ann Ö", "ann@example.com")), email.utils.parsedate_to_datetime("Thu, 01 Jan 1970 00:00:00 +0000"))
print(email.utils.parsedate_tz("Mon, 20 Nov 1995 19:12:08 -0500"), email.utils.quote('a"b'))
t("bad date", lambda: email.utils.parsedate_to_datetime("garbage"))
print(email.header.decode_header("=?utf-8?q?h=C3=A9llo?= world"), str(email.header.make_header(email.header.decode_header("=?utf-8?b?w6k=?="))))
print(email.header.Header("Héllo", "utf-8").encode())
mm = MIMEMultipart("alternative"); mm["Subject"] = "x"; mm.attach(MIMEText("plain", "plain")); mm.attach(MIMEText("<b>h</b>", "html", "utf-8"))
mm.attach(MIMEApplication(b"abc", Name="a.dat"))
print(mm.as_string().replace(mm.get_boundary(), "B"))
old = email.message_from_bytes(b"Subject: =?iso-8859-1?q?p=F6stal?=\nContent-Type: text/plain; charset=latin-1\nContent-Transfer-Encoding: quoted-printable\n\nabc=E9=\ndef\n")
print(old["Subject"], old.get_payload(decode=True), old.get_content_charset(), old.get_params())
print(mimetypes.guess_type("a.tar.gz"), mimetypes.guess_type("x.json"), mimetypes.guess_type("x.unknownzz"), mimetypes.guess_extension("text/plain"), mimetypes.guess_type("data:text/plain,abc"))
c = http.cookies.SimpleCookie()
c.load('sid=abc123; Path=/; HttpOnly; theme="dark blue"')
print(sorted(c.keys()), c["sid"].value, c["sid"]["path"], c["sid"]["httponly"], c["theme"].value)
c["new"] = "v;x"; c["new"]["max-age"] = 3600; c["new"]["samesite"] = "Lax"
print(c.output()); print(c.js_output().count("document.cookie"))
t("bad cookie attr", lambda: c["new"].__setitem__("bogus", 1))
t("bad key", lambda: c.__setitem__("a b", "v"))
cp = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
cp.read_string("""
[DEFAULT]
base = /srv
[paths]
data = ${base}/data
logs = ${data}/logs
[server]
port = 8080
debug = yes
ratio = 0.75
hosts = a
  b
  c
""")
print(cp.sections(), cp["paths"]["logs"], cp.getint("server", "port"), cp.getboolean("server", "debug"), cp.getfloat("server", "ratio"), cp["server"]["hosts"].split())
t("no section", lambda: cp["nosuch"])
t("no option", lambda: cp.get("server", "nosuch"))
t("bad int", lambda: cp.getint("server", "debug"))
t("fallback", lambda: cp.get("server", "nosuch", fallback="fb"))
t("dup section", lambda: configparser.ConfigParser().read_string("[a]\n[a]\n"))
t("dup option", lambda: configparser.ConfigParser().read_string("[a]\nx=1\nx=2\n"))
t("no header", lambda: configparser.ConfigParser().read_string("x=1\n"))
t("parse error", lambda: configparser.ConfigParser().read_string("[a]\nnovalue\n"))
t("interp missing", lambda: configparser.ConfigParser().read_string("[a]\nx=%(y)s\n") or None)
p2 = configparser.ConfigParser(); p2.read_string("[a]\nx=%(y)s\n")
t("interp missing get", lambda: p2["a"]["x"])
t("interp depth", lambda: (p2.read_string("[b]\nx=%(x)s\n"), p2["b"]["x"]))
buf = io.StringIO(); cp.write(buf); print(buf.getvalue())
t("toml", lambda: tomllib.loads('title = "T"\n[owner]\nname = "x"\ndob = 1979-05-27T07:32:00-08:00\n[[items]]\nid = 1\n[[items]]\nid = 2\narr = [1, 2.5, true, "s"]\nd = 1987-07-05\nt = 07:32:00\n'))
t("toml bad", lambda: tomllib.loads("a = \n"))
t("toml dup", lambda: tomllib.loads("a = 1\na = 2\n"))
t("toml bytes", lambda: tomllib.load(io.BytesIO(b"x = 0x1F\ny = 1_000\nz = inf\n")))
t("toml str", lambda: tomllib.load(io.StringIO("x=1")))
t("b64", lambda: (base64.b64encode(b"hi\xff"), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"abc"), base64.b16decode("4A4b", casefold=True), base64.a85encode(b"hello"), base64.b85encode(b"hello")))
t("b64 bad", lambda: base64.b64decode("abc"))
t("b64 validate", lambda: base64.b64decode("ab$c", validate=True))
t("b32 bad", lambda: base64.b32decode("A"))
t("qp", lambda: (quopri.encodestring(b"caf\xe9 = ok\t\n"), quopri.decodestring(b"caf=E9=\n ok")))
