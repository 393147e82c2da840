# minidom's DOCTYPE: internal subset text (through the default handler), entities,
# notations, attribute defaults.
import xml.dom.minidom as minidom
from xml.dom import expatbuilder
doc = """<?xml version="1.0"?>
<!DOCTYPE doc PUBLIC "-//x//DTD y//EN" "http://x/y.dtd" [
  <!ELEMENT doc (#PCDATA|e)*>
  <!ATTLIST doc a CDATA "dflt" b (x|y) #IMPLIED>
  <!ENTITY ent "entity &amp; text">
  <!ENTITY ext SYSTEM "ext.xml">
  <!NOTATION gif PUBLIC "image/gif">
  <!ENTITY pic SYSTEM "pic.gif" NDATA gif>
  <!-- comment in subset -->
  <?pi in subset?>
]>
<doc>&ent; <e xmlns="urn:e" a="1"/>&ext;</doc>
"""
d = minidom.parseString(doc)
dt = d.doctype
print(repr(dt.name), repr(dt.publicId), repr(dt.systemId))
print(repr(dt.internalSubset))
print([(e.nodeName, e.notationName, e.systemId) for e in [dt.entities.item(i) for i in range(dt.entities.length)]])
print([(n.nodeName, n.publicId) for n in [dt.notations.item(i) for i in range(dt.notations.length)]])
print(d.documentElement.toxml())
print(d.documentElement.getAttribute("a"))
d2 = expatbuilder.parseString(doc, namespaces=False)
print(d2.documentElement.toxml())
