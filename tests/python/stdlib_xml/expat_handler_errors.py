# A handler that raises stops the parser: ErrorCode, position, and later Parse calls.
import pyexpat
p = pyexpat.ParserCreate()
def h(n, a):
    raise ValueError(n)
p.StartElementHandler = h
for d, f in [(b"<a><b/>", False), (b"</a>", True), (b"", True)]:
    try:
        print(p.Parse(d, f))
    except Exception as e:
        print(type(e).__name__, e, p.ErrorCode)
print(p.StartElementHandler)
DOC = b"<?xml version='1.0'?><!DOCTYPE a [<!ENTITY e 'x<b>y</b>'>]><?p1 d?><a>t<![CDATA[cd]]>&e;<?p2 d?><c/></a><!--z-->"
HANDLERS = ["XmlDeclHandler", "StartDoctypeDeclHandler", "EntityDeclHandler", "EndDoctypeDeclHandler",
            "ProcessingInstructionHandler", "StartElementHandler", "CharacterDataHandler",
            "StartCdataSectionHandler", "EndCdataSectionHandler", "EndElementHandler", "CommentHandler", "DefaultHandler"]
for h in HANDLERS:
    for bt in (False, True):
        for chunk in (0, 7):
            p = pyexpat.ParserCreate()
            p.buffer_text = bt
            def boom(*a, h=h):
                raise KeyError(h)
            setattr(p, h, boom)
            p.CommentHandler = p.CommentHandler if h == "CommentHandler" else (lambda t: None)
            try:
                if chunk:
                    for i in range(0, len(DOC), chunk):
                        p.Parse(DOC[i:i+chunk])
                    p.Parse(b"", True)
                else:
                    p.Parse(DOC, True)
                print(h, bt, chunk, "no exception")
            except KeyError as e:
                print(h, bt, chunk, "KeyError", p.ErrorCode, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
            try:
                p.Parse(b"more", True)
            except pyexpat.ExpatError as e:
                print("   again:", e, e.code)
