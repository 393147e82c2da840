# Random token soup (fixed seed), whole and in chunks, with and without
# namespaces: every event, position and error.
import random, sys, pyexpat
seed, n = 7, 600
rnd = random.Random(seed)
ALPHA = [b"<", b">", b"/", b"&", b";", b"'", b'"', b"=", b" ", b"\n", b"\r", b"]", b"[", b"!", b"-", b"?", b"a", b"b", b":",
         b"x", b"#", b"%", b"(", b")", b"|", b",", b"*", b"\xc3\xa9", b"\xff", b"\x00", b"DOCTYPE", b"ENTITY", b"ATTLIST",
         b"ELEMENT", b"CDATA", b"xml", b"xmlns", b"SYSTEM", b"PUBLIC", b"#PCDATA", b"NDATA", b"1", b"&#", b"x4"]
H = ['StartElementHandler', 'EndElementHandler', 'CharacterDataHandler', 'ProcessingInstructionHandler',
     'CommentHandler', 'StartCdataSectionHandler', 'EndCdataSectionHandler', 'StartDoctypeDeclHandler',
     'EndDoctypeDeclHandler', 'EntityDeclHandler', 'XmlDeclHandler', 'AttlistDeclHandler', 'SkippedEntityHandler',
     'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler', 'DefaultHandler', 'ElementDeclHandler', 'NotationDeclHandler',
     'UnparsedEntityDeclHandler', 'ExternalEntityRefHandler']
for i in range(n):
    doc = b"".join(rnd.choice(ALPHA) for _ in range(rnd.randint(0, 40)))
    if rnd.random() < 0.5:
        doc = rnd.choice([b"<a>", b"<!DOCTYPE a [", b"<?xml version='1.0'?><a x='1'>", b"<a xmlns:p='u'>"]) + doc
    ns = rnd.choice([None, "|"])
    chunk = rnd.choice([0, 1, 2, 5])
    p = pyexpat.ParserCreate(namespace_separator=ns)
    p.buffer_text = rnd.random() < 0.3
    out = []
    for h in H:
        if rnd.random() < 0.7:
            setattr(p, h, lambda *a, h=h: out.append("%s%r@%d:%d:%d" % (h[:6], a, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)) or 1)
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
    print("#%d %r ns=%r chunk=%d" % (i, doc, ns, chunk))
    print("\n".join(out))
