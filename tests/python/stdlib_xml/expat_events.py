# Handler call sequences with positions, for documents fed whole and in
# chunks of several sizes, with and without buffer_text and namespaces.
import pyexpat

NAMES = ['StartElementHandler', 'EndElementHandler', 'CharacterDataHandler',
         'ProcessingInstructionHandler', 'UnparsedEntityDeclHandler',
         'NotationDeclHandler', 'StartNamespaceDeclHandler',
         'EndNamespaceDeclHandler', 'CommentHandler',
         'StartCdataSectionHandler', 'EndCdataSectionHandler', 'DefaultHandler',
         'NotStandaloneHandler', 'ExternalEntityRefHandler',
         'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'EntityDeclHandler',
         'XmlDeclHandler', 'ElementDeclHandler', 'AttlistDeclHandler',
         'SkippedEntityHandler']

DOCS = [
    b"<a>text</a>",
    b"<?xml version='1.0'?>\n<!-- c -->\n<a x='1' y=\"2\">t\r\nu\rv<b/>w&amp;&#65;&#x42;<![CDATA[ <c> ]] ]]><?pi data ?></a>\n",
    b"<!DOCTYPE r [\n<!ELEMENT r (a|b)*>\n<!ELEMENT a (#PCDATA)>\n<!ELEMENT b (#PCDATA|a)*>\n"
    b"<!ELEMENT c (a,(b|c)+,a?)>\n<!ELEMENT d EMPTY>\n"
    b"<!ATTLIST r id ID #IMPLIED kind (x|y) 'x' n NOTATION (g) #REQUIRED f CDATA #FIXED 'v  w'>\n"
    b"<!ENTITY e 'E<a>in</a>&#38;amp;'>\n<!ENTITY % pe 'x'>\n<!NOTATION g PUBLIC 'pub'>\n"
    b"<!NOTATION h PUBLIC 'pub' 'sys'>\n<!ENTITY u SYSTEM 'u.bin' NDATA g>\n]>\n"
    b"<r kind=' y '>&e;<a>1</a></r>",
    b"<r xmlns='urn:d' xmlns:p='urn:p'><p:a p:x='1' y='2'/><b xmlns=''/><p:c xmlns:p='urn:q'/></r>",
    "<?xml version='1.0' encoding='utf-8'?><a>caf\u00e9 \u20ac \U0001f600</a>".encode(),
    "<?xml version='1.0' encoding='iso-8859-1'?><a b='\u00e9'>\u00e9\u00ff</a>".encode('latin-1'),
    "<?xml version='1.0' encoding='utf-16'?><a>\u00e9x</a>".encode('utf-16'),
    "<a>\u00e9</a>".encode('utf-16-le'),
    "<?xml version='1.0' encoding='cp1252'?><a>\u20ac</a>".encode('cp1252'),
    b"\xef\xbb\xbf<a>bom</a>",
    b"<!DOCTYPE a SYSTEM 'a.dtd'><a>&undef;<b>&lt;</b></a>",
]

def trace(doc, chunk, ns=None, buffer_text=False, only=None):
    p = pyexpat.ParserCreate(namespace_separator=ns)
    p.buffer_text = buffer_text
    out = []
    for n in (only or NAMES):
        def h(*a, n=n):
            out.append("%s%r @%d:%d:%d" % (n[:-7], a, p.CurrentLineNumber,
                                            p.CurrentColumnNumber, p.CurrentByteIndex))
            return 1
        setattr(p, n, h)
    try:
        if chunk:
            for i in range(0, len(doc), chunk):
                p.Parse(doc[i:i+chunk], False)
            p.Parse(b"", True)
        else:
            p.Parse(doc, True)
    except pyexpat.ExpatError as e:
        out.append("ERR %s" % e)
    return out

for doc in DOCS:
    print("==", repr(doc[:60]))
    base = trace(doc, 0)
    for line in base:
        print("  ", line)
    for chunk in (1, 3, 7):
        got = trace(doc, chunk)
        if got != base:
            print("  chunk", chunk, "differs:")
            for line in got:
                print("    ", line)
    print("  buffered:", trace(doc, 5, buffer_text=True, only=['CharacterDataHandler', 'StartElementHandler']))
    print("  ns:", trace(doc, 0, ns="|", only=['StartElementHandler', 'EndElementHandler',
                                               'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler']))
