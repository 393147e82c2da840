import xml.etree.ElementTree as ET, xml.dom.minidom as minidom, xml.sax, xml.sax.saxutils as su, io
from xml.parsers import expat
def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
doc = """<?xml version="1.0"?>
<catalog xmlns:x="urn:x">
  <book id="bk101" lang="en"><author>Gambardella, Matthew</author><title>XML Developer's Guide</title><price>44.95</price></book>
  <book id="bk102"><author>Ralls, Kim</author><title>Midnight Rain</title><price>5.95</price><x:extra>e</x:extra></book>
  <!-- comment -->
  <magazine id="m1">Tail &amp; more</magazine>
</catalog>"""
root = ET.fromstring(doc)
print(root.tag, root.attrib, len(root), [c.tag for c in root])
for b in root.iter("book"):
    print(b.get("id"), b.get("lang", "?"), b.findtext("title"), float(b.find("price").text))
print([e.text for e in root.findall(".//author")], root.find("book[@id='bk102']/title").text)
print(root.findall("{urn:x}extra"), [e.tag for e in root.iter("{urn:x}extra")])
print([e.get("id") for e in root.findall("./*[@id]")], root.find("book[2]").get("id"), root.find("book[last()]").get("id"))
t("bad path", lambda: root.findall("book[@id=x]"))
t("bad xml", lambda: ET.fromstring("<a><b></a>"))
t("empty xml", lambda: ET.fromstring(""))
t("junk after", lambda: ET.fromstring("<a/><b/>"))
t("undefined entity", lambda: ET.fromstring("<a>&nbsp;</a>"))
t("pe", lambda: (lambda e: (e.code, e.position))(ET.ParseError("x")) if False else None)
try:
    ET.fromstring("<a>\n<b x='1' x='2'/></a>")
except ET.ParseError as e:
    print("ParseError", e, e.code, e.position)
new = ET.Element("report", version="2")
s = ET.SubElement(new, "summary"); s.text = "A & B < C"; s.set("q", 'say "hi"')
for i in range(3):
    ET.SubElement(new, "row", n=str(i)).text = f"r{i}"
new.append(ET.Comment(" generated "))
ET.indent(new)
print(ET.tostring(new, encoding="unicode"))
print(ET.tostring(new, encoding="utf-8", xml_declaration=True)[:60])
print(ET.tostring(ET.Element("e"), method="html"), ET.tostring(ET.fromstring("<p>a<br/>b</p>"), method="text"))
tree = ET.ElementTree(new); buf = io.BytesIO(); tree.write(buf, encoding="us-ascii", xml_declaration=True); print(buf.getvalue()[:80])
ET.register_namespace("ns", "urn:ns")
print(ET.tostring(ET.Element("{urn:ns}a", {"{urn:ns}b": "1"})))
print(ET.tostring(ET.Element("{urn:other}a")))
c14 = ET.canonicalize("<a b='2' a='1'><c/></a>"); print(c14)
it = ET.iterparse(io.BytesIO(doc.encode()), events=("start", "end", "start-ns"))
print([(ev, (el.tag if hasattr(el, "tag") else el)) for ev, el in it][:6])
pp = ET.XMLPullParser(events=("end",)); pp.feed("<r><i>1</i><i>"); print([e.tag for _, e in pp.read_events()]); pp.feed("2</i></r>"); print([e.text for _, e in pp.read_events()])
t("remove missing", lambda: new.remove(ET.Element("zz")))
t("element len", lambda: len(new))
t("attrib bad", lambda: ET.Element("x", attrib=5))
t("tostring bad", lambda: ET.tostring("notanelement"))
t("xpath bad", lambda: root.find("///"))
dom = minidom.parseString(doc)
print(dom.documentElement.tagName, [n.getAttribute("id") for n in dom.getElementsByTagName("book")])
print(dom.getElementsByTagName("title")[0].firstChild.data, dom.documentElement.childNodes[0].nodeType)
d2 = minidom.Document(); r = d2.createElement("root"); d2.appendChild(r)
e = d2.createElement("item"); e.setAttribute("k", "v&<"); e.appendChild(d2.createTextNode("text > here")); r.appendChild(e)
r.appendChild(d2.createComment("c")); r.appendChild(d2.createCDATASection("<raw>"))
print(d2.toxml()); print(d2.toprettyxml(indent="  ")); print(d2.toprettyxml(indent="\t", encoding="utf-8")[:50])
t("minidom bad", lambda: minidom.parseString("<a><b></a>"))
t("minidom attr missing", lambda: e.getAttribute("nope"))
t("minidom bad child", lambda: d2.appendChild(d2.createElement("second")))
class H(xml.sax.ContentHandler):
    def startElement(self, name, attrs): print("sax start", name, dict(attrs))
    def characters(self, c):
        if c.strip(): print("sax chars", repr(c))
    def endDocument(self): print("sax end")
xml.sax.parseString(b"<a x='1'><b>hi</b><c/></a>", H())
t("sax bad", lambda: xml.sax.parseString(b"<a>", H()))
print(su.escape("a<b>&c"), su.quoteattr('x"y\'z'), su.unescape("&lt;&amp;&gt;"), su.escape("x", {"x": "&#120;"}))
p = expat.ParserCreate()
p.StartElementHandler = lambda n, a: print("expat", n, a)
p.Parse(b"<r a='1'><s/></r>", True)
t("expat err", lambda: expat.ParserCreate().Parse(b"<r><", True))
print(expat.ErrorString(2), expat.errors.XML_ERROR_SYNTAX)
