# The pure-Python XML stack over pyexpat: ElementTree (fromstring, parse,
# iterparse, XMLPullParser, errors), minidom, pulldom, sax, plistlib and
# xmlrpc marshalling.
import io
import plistlib
import xml.dom.minidom as minidom
import xml.dom.pulldom as pulldom
import xml.etree.ElementTree as ET
import xml.sax
import xml.sax.handler
import xmlrpc.client

DOC = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE catalog [<!ENTITY pub "Krait Press">]>
<catalog xmlns:x="urn:extra">
  <!-- books -->
  <book id="b1" x:rating="5">
    <title>Go &amp; Python</title>
    <publisher>&pub;</publisher>
    <price cur="EUR">12.50</price>
    <note><![CDATA[<raw> & stuff]]></note>
  </book>
  <book id="b2"><title lang='en'>Caf\u00e9</title><?render fast?></book>
</catalog>
"""

root = ET.fromstring(DOC)
print(root.tag, root.attrib, len(root))
for b in root.iter("book"):
    print(b.get("id"), b.attrib, [(c.tag, c.text, c.attrib) for c in b])
print(ET.tostring(root, encoding="unicode"))
tree = ET.parse(io.BytesIO(DOC.encode()))
print(tree.getroot().find("book/title").text, tree.findall(".//price")[0].get("cur"))

for event, elem in ET.iterparse(io.BytesIO(DOC.encode()), events=("start", "end", "start-ns", "end-ns", "comment", "pi")):
    if event in ("start-ns", "end-ns"):
        print(event, elem)
    else:
        print(event, getattr(elem.tag, "__name__", elem.tag), elem.text)

pp = ET.XMLPullParser(events=("start", "end"))
for i in range(0, len(DOC), 13):
    pp.feed(DOC[i:i + 13])
    for ev, el in pp.read_events():
        print("pull", ev, el.tag)
pp.close()

for bad in ["<a><b></a>", "<a>&undefined;</a>", "<a", "", "<a/><b/>", "<a x='1' x='2'/>", "<?xml version='1.0'?>\n<r>\n  <x>\n</r>"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print("ParseError", e, e.code, e.position)

parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True, insert_pis=True))
parser.feed(DOC)
r = parser.close()
print([getattr(c.tag, "__name__", c.tag) for c in r])

class Target:
    def __init__(self): self.events = []
    def start(self, tag, attrib): self.events.append(("start", tag, attrib))
    def end(self, tag): self.events.append(("end", tag))
    def data(self, data): self.events.append(("data", data))
    def doctype(self, name, pubid, system): self.events.append(("doctype", name, pubid, system))
    def close(self): return self.events
p = ET.XMLParser(target=Target())
p.feed('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html>x</html>')
print(p.close())

dom = minidom.parseString(DOC)
print(dom.documentElement.tagName, dom.doctype.name, [n.nodeName for n in dom.documentElement.childNodes])
print(dom.toxml())
print(minidom.parseString("<a xmlns='urn:a' xmlns:b='urn:b'><b:c b:d='1'/></a>").documentElement.firstChild.namespaceURI)
try:
    minidom.parseString("<a><b></a>")
except Exception as e:
    print(type(e).__name__, e)

for ev, node in pulldom.parseString(DOC):
    if ev in (pulldom.START_ELEMENT, pulldom.END_ELEMENT):
        print("pulldom", ev, node.tagName)

class H(xml.sax.handler.ContentHandler):
    def startElement(self, name, attrs): print("sax start", name, dict(attrs))
    def endElement(self, name): print("sax end", name)
    def characters(self, content):
        if content.strip(): print("sax chars", repr(content))
    def processingInstruction(self, target, data): print("sax pi", target, data)
xml.sax.parseString(DOC.encode(), H())
class NH(xml.sax.handler.ContentHandler):
    def startPrefixMapping(self, prefix, uri): print("sax ns", prefix, uri)
    def startElementNS(self, name, qname, attrs): print("sax startNS", name, qname, dict(attrs))
sp = xml.sax.make_parser()
sp.setFeature(xml.sax.handler.feature_namespaces, True)
sp.setContentHandler(NH())
sp.parse(io.BytesIO(DOC.encode()))
try:
    xml.sax.parseString(b"<a><b></a>", H())
except xml.sax.SAXParseException as e:
    print("SAXParseException", e, e.getLineNumber(), e.getColumnNumber())

data = {"name": "krait", "n": [1, 2.5, True], "d": {"x": b"bytes"}}
blob = plistlib.dumps(data)
print(plistlib.loads(blob) == data, plistlib.loads(blob))

req = xmlrpc.client.dumps((1, "two", [3.0, {"four": 4}], True, None), "method", allow_none=True)
print(xmlrpc.client.loads(req, use_builtin_types=True))
resp = xmlrpc.client.dumps(xmlrpc.client.Fault(4, "too many"), methodresponse=True)
try:
    xmlrpc.client.loads(resp)
except xmlrpc.client.Fault as f:
    print("Fault", f.faultCode, f.faultString)
