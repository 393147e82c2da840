# Less common expat behaviour: namespace declaration order, the xml
# prefix, default handlers with converted encodings, parameter entity
# references, standalone documents, skipped entities, GetInputContext.
import pyexpat

def run(doc, handlers, ns=None, setup=None, chunk=0):
    p = pyexpat.ParserCreate(namespace_separator=ns)
    out = []
    for n in handlers:
        def h(*a, n=n):
            out.append("%s%r@%d:%d" % (n.replace("Handler", ""), a, p.CurrentLineNumber, p.CurrentColumnNumber))
            return 1
        setattr(p, n, h)
    if setup:
        setup(p, out)
    try:
        if chunk:
            for i in range(0, len(doc), chunk):
                p.Parse(doc[i:i + chunk])
            p.Parse(b"", True)
        else:
            p.Parse(doc, True)
    except pyexpat.ExpatError as e:
        out.append("ERR %s" % e)
    except Exception as e:
        out.append("EXC %s %s" % (type(e).__name__, e))
    for line in out:
        print("  ", line)
    print()

NS = ["StartElementHandler", "EndElementHandler", "StartNamespaceDeclHandler", "EndNamespaceDeclHandler"]
run(b"<a xmlns:p='urn:p' xmlns='urn:d' xmlns:q='urn:q'><p:b xml:lang='en' q:c='1'/></a>", NS, ns="#")
run(b"<a xmlns:xml='http://www.w3.org/XML/1998/namespace'/>", NS, ns="#")
run(b"<a xmlns:xml='urn:other'/>", NS, ns="#")
run(b"<a xmlns:xmlns='urn:x'/>", NS, ns="#")
run(b"<a xmlns:p='http://www.w3.org/XML/1998/namespace'/>", NS, ns="#")
run(b"<a xmlns:p='urn:1' xmlns:q='urn:1' p:x='1' q:x='2'/>", NS, ns="#")
run(b"<p:a/>", NS, ns="#")
run(b"<a p:b='1'/>", NS, ns="#")
run(b"<a xmlns='urn:1'><b xmlns=''><c/></b></a>", NS, ns="#")
run(b"<a:b:c xmlns:a='urn:a'/>", NS, ns="#")

DEF = ["DefaultHandler", "CharacterDataHandler"]
run("<?xml version='1.0' encoding='iso-8859-1'?><a b='\xe9'>\xe9\r\n</a>\r\n".encode("latin-1"), ["DefaultHandler"])
run("<?xml version='1.0' encoding='iso-8859-1'?><a>x\xe9y</a>".encode("latin-1"), DEF)
run(b"<a>t<![CDATA[c\r\nd]]>e</a>", ["DefaultHandler", "StartCdataSectionHandler"])
run(b"<!DOCTYPE a [<!ENTITY % p SYSTEM 'p.ent'> %p; <!ENTITY e 'x'>]><a>&e;</a>",
    ["EntityDeclHandler", "NotStandaloneHandler", "SkippedEntityHandler", "CharacterDataHandler", "DefaultHandler"])
run(b"<?xml version='1.0' standalone='yes'?><!DOCTYPE a SYSTEM 'x'><a>&e;</a>", ["SkippedEntityHandler", "XmlDeclHandler"])
run(b"<!DOCTYPE a SYSTEM 'x'><a>&e;<b x='&f;'/></a>", ["SkippedEntityHandler", "StartElementHandler"])

def clear_default(p, out):
    p.DefaultHandler = None
run(b"<!DOCTYPE a [<!ENTITY e 'x'>]><a>&e;</a>", ["CharacterDataHandler", "SkippedEntityHandler"], setup=clear_default)
def expand_then_clear(p, out):
    p.DefaultHandlerExpand = lambda t: out.append("expand %r" % t)
run(b"<!DOCTYPE a [<!ENTITY e 'x&amp;<b/>'>]><a>&e;</a>", ["CharacterDataHandler", "StartElementHandler"], setup=expand_then_clear)

def context(p, out):
    p.StartElementHandler = lambda n, a: out.append("ctx %s %r" % (n, p.GetInputContext()))
    p.EndElementHandler = lambda n: out.append("ctx /%s %r" % (n, p.GetInputContext()))
run(b"<a><b x='1'>t</b></a>", [], setup=context)

run(b"<!DOCTYPE a [<!ELEMENT a ((b|c)+,d?)*><!ELEMENT b ANY><!ELEMENT c (#PCDATA)*><!ELEMENT d (e)>]><a/>",
    ["ElementDeclHandler"])
run(b"<!DOCTYPE a [<!ATTLIST a b (x|y|z) 'y' c ENTITY #IMPLIED d IDREFS #REQUIRED e NOTATION (n1|n2) #IMPLIED>]><a/>",
    ["AttlistDeclHandler", "StartElementHandler"])
run(b"<!DOCTYPE a [<!ENTITY x 'one'><!ENTITY x 'two'><!ENTITY y SYSTEM 's' NDATA n><!ENTITY % z 'q'>"
    b"<!ENTITY w PUBLIC 'pub' 'sys'><!NOTATION n SYSTEM 'ns'>]><a>&x;</a>",
    ["EntityDeclHandler", "NotationDeclHandler", "CharacterDataHandler"])
run(b"<!DOCTYPE a [<!ENTITY y SYSTEM 's' NDATA n>]><a>&y;</a>", ["EntityDeclHandler"])
run(b"<!DOCTYPE a [<!ENTITY x '&#60;b>in&#60;/b>'>]><a>&x;</a>", ["StartElementHandler", "CharacterDataHandler"])
run(b"<!DOCTYPE a [<!ENTITY x '<b>'>]><a>&x;</b></a>", ["StartElementHandler"])
run(b"<!DOCTYPE a [<!ENTITY x '&y;'><!ENTITY y 'Y'>]><a t='&x;'>&x;</a>", ["StartElementHandler", "CharacterDataHandler"])
run(b"<a>\n\n  <b>x</b>\n</a>", ["StartElementHandler", "CharacterDataHandler"], chunk=4)
run(b"<?xml version='1.0' encoding='bogus-enc'?><a/>", ["StartElementHandler"])
run(b"<?xml version='1.0' encoding='utf-8'?><a>\xe9</a>", ["StartElementHandler"])
run(b"<?xml version='1.0' encoding='us-ascii'?><a>\xe9</a>", ["StartElementHandler"])
run(b"<?xml version='1.0' encoding='UTF-16'?><a/>", ["StartElementHandler"])
run(b"<a>\xf0\x9f\x98\x80</a>", ["CharacterDataHandler"], chunk=1)
run(b"<a>\xed\xa0\x80</a>", ["CharacterDataHandler"])
run(b"<a/>", ["StartElementHandler"], setup=lambda p, out: p.Parse(b"", False))
