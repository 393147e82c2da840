# Identifiers and web text: ipaddress networks, uuid3/uuid5, urllib.parse building/splitting,
# html.parser event stream, html.escape/unescape, xml.etree building/querying/serialising,
# email.message building with attachments and header encoding, mimetypes, http status phrases.
import ipaddress, uuid, urllib.parse as up, html, html.parser, xml.etree.ElementTree as ET, mimetypes, http
from email.message import EmailMessage
from email import policy, message_from_string, message_from_bytes
from email.headerregistry import Address
from email.utils import formataddr, parseaddr, getaddresses

net = ipaddress.ip_network("192.168.10.0/24")
print(net.num_addresses, net.netmask, net.broadcast_address, net.hostmask, net[5], list(net.subnets(new_prefix=26))[1], net.supernet(2))
print(ipaddress.ip_address("192.168.10.77") in net, ipaddress.ip_address("10.0.0.1").is_private, ipaddress.ip_address("8.8.8.8").is_global)
v6 = ipaddress.ip_address("2001:db8::1")
print(v6, v6.exploded, v6.compressed, v6.version, v6.reverse_pointer, ipaddress.ip_address("::ffff:1.2.3.4").ipv4_mapped)
iface = ipaddress.ip_interface("10.1.2.3/20")
print(iface.network, iface.ip, iface.with_prefixlen, iface.with_netmask, list(ipaddress.summarize_address_range(ipaddress.ip_address("10.0.0.0"), ipaddress.ip_address("10.0.0.9"))))
print(sorted(ipaddress.collapse_addresses([ipaddress.ip_network("10.0.0.0/25"), ipaddress.ip_network("10.0.0.128/25"), ipaddress.ip_network("10.0.2.0/24")])))
print(list(ipaddress.ip_network("10.0.0.0/30").hosts()), ipaddress.ip_network("10.0.0.0/8").overlaps(ipaddress.ip_network("10.5.0.0/16")), int(ipaddress.IPv4Address("1.2.3.4")))
for bad in ("256.1.1.1", "10.0.0.1/24", "1:2:3"):
    try:
        ipaddress.ip_network(bad) if "/" in bad else ipaddress.ip_address(bad)
    except ValueError as e:
        print("ValueError", e)
print(uuid.uuid5(uuid.NAMESPACE_DNS, "example.com"), uuid.uuid3(uuid.NAMESPACE_URL, "https://x.test/"), uuid.uuid5(uuid.NAMESPACE_OID, "1.2.3"))
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u.hex, u.int, u.version, u.variant, u.urn, u.fields, u.bytes_le.hex(), uuid.UUID(bytes=u.bytes) == u, repr(u))
print(uuid.uuid4().version, len(str(uuid.uuid1())), uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u)

url = "https://user:pw@Example.COM:8443/a/b;p?q=1&q=2&x=%20y#frag"
r = up.urlparse(url)
print(r, r.hostname, r.port, r.username, r.password, r.geturl())
print(up.parse_qs(r.query), up.parse_qsl("a=1&b=&c", keep_blank_values=True), up.urlsplit("//host/p").netloc)
print(up.urlencode({"q": "a b&c", "n": [1, 2]}, doseq=True), up.urlencode([("k", "é")]), up.quote("a b/c?d=é"), up.quote_plus("a b+c"), up.unquote("%E2%9C%93%20x"), up.unquote_plus("a+b%2B"))
print(up.urljoin("http://a/b/c/d;p?q", "../g"), up.urljoin("http://a/b/c/", "//other/x"), up.urljoin("http://a/b", "?y"), up.urlunparse(("http", "h", "/p", "", "a=1", "f")))
print(up.urldefrag("http://x/y#z"), up.quote("/path with space/", safe=""), up.urlsplit("mailto:someone@x.org"), up.unquote_to_bytes("%ff"))

class Collector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.events, self.links = [], []
    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs))
        if tag == "a":
            self.links.append(dict(attrs).get("href"))
    def handle_endtag(self, tag): self.events.append(("end", tag))
    def handle_startendtag(self, tag, attrs): self.events.append(("startend", tag, attrs))
    def handle_data(self, data):
        if data.strip(): self.events.append(("data", data.strip()))
    def handle_comment(self, data): self.events.append(("comment", data))
    def handle_decl(self, decl): self.events.append(("decl", decl))
c = Collector()
c.feed('<!DOCTYPE html><html><head><title>T &amp; Co</title></head><body class="x" data-n=3><!-- note -->'
       '<p>Hi <b>there</b>&nbsp;&lt;you&gt; &#169;</p><a href="/one?a=1&amp;b=2">1</a><br/><img src=x.png alt="">'
       '<script>if (a < b) { x = "</p>"; }</script><A HREF=\'TWO\'>2</A></body></html>')
c.close()
for ev in c.events: print(ev)
print(c.links, html.escape('<a href="x">&\'</a>'), html.escape("<>", quote=False), html.unescape("&lt;&#x41;&eacute;&amp;amp;&notanentity;"))

root = ET.Element("catalog", attrib={"version": "2"})
for i, (title, price) in enumerate([("Go", 30), ("Py", 25.5), ("Rust & C", 40)]):
    b = ET.SubElement(root, "book", id=str(i))
    ET.SubElement(b, "title").text = title
    ET.SubElement(b, "price", currency="EUR").text = str(price)
root.append(ET.Comment(" end "))
ET.indent(root)
s = ET.tostring(root, encoding="unicode")
print(s)
doc = ET.fromstring(s)
print([b.get("id") for b in doc.iter("book")], doc.find("book/title").text, doc.findtext("book[@id='2']/title"), [p.text for p in doc.findall(".//price[@currency='EUR']")])
print(len(doc), doc[1][0].text, doc.attrib, [e.tag for e in doc.find("book")], ET.tostring(doc.find("book"), method="text", encoding="unicode").split())
ns = ET.fromstring('<r xmlns="urn:a" xmlns:b="urn:b"><x b:k="1">t</x><b:y/></r>')
print([e.tag for e in ns], ns.find("{urn:a}x").attrib, ns.find("a:x", {"a": "urn:a"}).text, ET.tostring(ns, encoding="unicode"))
try:
    ET.fromstring("<a><b></a>")
except ET.ParseError as e:
    print("ParseError", e, e.position)
print(ET.tostring(ET.fromstring("<a>x<!--c--><?pi d?>y</a>"), encoding="unicode"), ET.tostring(ET.Element("e", a="<&>\""), short_empty_elements=False))
tree = ET.ElementTree(ET.fromstring("<a><b>1</b></a>"))
import io
bio = io.BytesIO(); tree.write(bio, encoding="utf-8", xml_declaration=True); print(bio.getvalue())

msg = EmailMessage()
msg["From"] = Address("Ann Ö", "ann", "example.com")
msg["To"] = "bob@example.com, Cy <cy@example.org>"
msg["Subject"] = "Report – Q1 ✓"
msg.set_content("Hello,\nsee attached.\n")
msg.add_alternative("<p>Hello</p>", subtype="html")
msg.add_attachment(b"\x00\x01binary", maintype="application", maintype2=None) if False else msg.add_attachment(b"\x00\x01binary", maintype="application", subtype="octet-stream", filename="data.bin")
msg.add_attachment("a,b\n1,2\n", subtype="csv", filename="t.csv")
print(msg.get_content_type(), msg.is_multipart(), [p.get_content_type() for p in msg.walk()], msg["to"].addresses[1].username)
print([p.get_filename() for p in msg.iter_attachments()], msg.get_body(("plain",)).get_content(), msg["Subject"])
raw = msg.as_bytes(policy=policy.SMTP)
back = message_from_bytes(raw, policy=policy.default)
print(back["Subject"], back["From"], str(back["from"].addresses[0].display_name), back.get_body(("html",)).get_content().strip())
print([a.get_content() for a in back.iter_attachments()])
m2 = message_from_string("From: x@y\nSubject: =?utf-8?q?caf=C3=A9?=\nContent-Type: text/plain; charset=utf-8\n\nbody\n", policy=policy.default)
print(m2["subject"], m2.get_content_charset(), m2.get_payload(), parseaddr("Joe <joe@x.com>"), formataddr(("Jö", "j@x.com")), getaddresses(["a@b, C <c@d>"]))
print(mimetypes.guess_type("x.tar.gz"), mimetypes.guess_type("a.json"), mimetypes.guess_extension("image/png"), mimetypes.guess_type("https://h/a.css?x"))
print(http.HTTPStatus(404), http.HTTPStatus.OK.phrase, http.HTTPStatus(503).description, int(http.HTTPStatus.CREATED), http.HTTPMethod.GET if hasattr(http, "HTTPMethod") else "")
