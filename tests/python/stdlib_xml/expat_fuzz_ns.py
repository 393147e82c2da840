# Namespaced DTDs and attribute defaults, ordered/specified attributes and
# namespace_prefixes, mutated (fixed seed): every event, position and error.
import random, sys, pyexpat
seed, n = 9, 200
rnd = random.Random(seed)
BASE = [
 b"<!DOCTYPE p:r [<!ATTLIST p:r xmlns:p CDATA 'urn:p' p:a CDATA 'pa' b NMTOKENS ' x  y '><!ENTITY ns 'a<p:i xmlns:p=\"urn:q\" p:z=\"1\"/>b'>]><p:r b=' q  r ' c='&ns;'>&ns;<p:s/></p:r>",
 b"<r><!--a--><?pi d?><![CDATA[<&>]]>&lt;&#x20AC;\r\n<s xml:lang='en' xmlns:x='urn:x' x:k='v'/></r>\n<!--tail-->",
 b"<!DOCTYPE d [<!ELEMENT d (a|(b,c)*)+><!ATTLIST d x (p|q) 'p' y NMTOKENS #IMPLIED><!ENTITY % pe 'x'><!NOTATION n PUBLIC 'p'><!ENTITY u SYSTEM 'u' NDATA n><!ENTITY t '&#x41;&amp;<i>z</i>'>]><d y=' a  b '>&t;&u;</d>",
 "<?xml version='1.0' encoding='iso-8859-1'?><r a='\xe9'>\xe9\xe8 &#233; <![CDATA[\xff]]></r>".encode('latin-1'),
 "<?xml version='1.0' encoding='utf-16'?><r a='\xe9'>x\u20acy</r>".encode('utf-16'),
 b"<?xml version='1.0' standalone='yes'?><!DOCTYPE s SYSTEM 'x' [<!ENTITY a 'A'>]><s>&a;&b;</s>",
 b"<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE r [<!ENTITY e 'v<b>x</b>'><!ATTLIST r a CDATA 'd'>]>\n<r a='1' b=\"&amp;&#65;\">t&e;<c/><![CDATA[x]]y]]><?p q?><!--c-->\r\n</r>\n",
 b"<a xmlns='urn:a' xmlns:p='urn:p'><p:b p:c='1'>text\n more</p:b><d/></a>",
 "<r>\u00e9\u20ac<x y='\u00e9'/></r>".encode(),
]
PIECES = [b"<", b">", b"/", b"&", b";", b"'", b'"', b"=", b" ", b"\n", b"\r", b"]]>", b"<!--", b"-->", b"<?", b"?>",
          b"<![CDATA[", b"&#", b"x", b":", b"\xc3", b"\xa9", b"\x00", b"%", b"[", b"]", b"<!DOCTYPE", b"<a>", b"</a>", b"&e;"]
H = ['StartElementHandler', 'EndElementHandler', 'CharacterDataHandler', 'ProcessingInstructionHandler',
     'CommentHandler', 'StartCdataSectionHandler', 'EndCdataSectionHandler', 'StartDoctypeDeclHandler',
     'EndDoctypeDeclHandler', 'EntityDeclHandler', 'XmlDeclHandler', 'AttlistDeclHandler', 'SkippedEntityHandler',
     'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler', 'DefaultHandler', 'DefaultHandlerExpand', 'ElementDeclHandler', 'NotationDeclHandler', 'UnparsedEntityDeclHandler', 'NotStandaloneHandler']
for i in range(n):
    doc = bytearray(rnd.choice(BASE))
    for _ in range(rnd.randint(1, 3)):
        op = rnd.random()
        pos = rnd.randint(0, len(doc))
        if op < 0.4:
            doc[pos:pos] = rnd.choice(PIECES)
        elif op < 0.7:
            del doc[pos:pos + rnd.randint(1, 4)]
        else:
            doc[pos:pos+1] = bytes([rnd.randint(0, 127)])
    doc = bytes(doc)
    ns = rnd.choice([None, "|"])
    use = [h for h in H if rnd.random() < 0.7]
    chunk = rnd.choice([0, 0, 1, 3, 8])
    bt = rnd.random() < 0.3
    p = pyexpat.ParserCreate(namespace_separator=ns)
    p.buffer_text = bt
    p.ordered_attributes = rnd.random() < 0.5
    p.specified_attributes = rnd.random() < 0.5
    p.namespace_prefixes = rnd.random() < 0.3
    out = []
    for h in use:
        setattr(p, h, lambda *a, h=h: out.append("%s%r@%d:%d:%d" % (h[:4]+h[-6:], a, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)) or 1)
    try:
        if chunk:
            for j in range(0, len(doc), chunk):
                p.Parse(doc[j:j+chunk])
            p.Parse(b"", True)
        else:
            p.Parse(doc, True)
        out.append("OK")
    except pyexpat.ExpatError as e:
        out.append("ERR %s" % e)
    except Exception as e:
        out.append("EXC %s %s" % (type(e).__name__, e))
    print("#%d %r ns=%r chunk=%d bt=%s use=%s" % (i, doc, ns, chunk, bt, use))
    print("\n".join(out))
