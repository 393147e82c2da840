# Error codes, messages and positions of malformed documents, as pyexpat
# reports them (ExpatError's code/lineno/offset and the parser's
# Error* attributes), fed whole and one byte at a time.
import pyexpat

DOCS = [
    b"", b"   ", b"<", b"<a", b"<a>", b"<a></b>", b"<a><b></a>", b"<a/><b/>", b"<a/>x",
    b"<a/>\n  text", b"foo", b"<a b>", b"<a b=>", b"<a b='1'c='2'/>", b"<a b='1' b='2'/>",
    b"<1a/>", b"<a>&nope;</a>", b"<a>&#0;</a>", b"<a>&#xD800;</a>", b"<a>&#65</a>",
    b"<a>& x</a>", b"<a><!-- a -- b --></a>", b"<a><![CDATA[x</a>", b"<a><!DOCTYPE x></a>",
    b"<a><?xml version='1.0'?></a>", b"<?xml version='1.0'?><?xml version='1.0'?><a/>",
    b" <?xml version='1.0'?><a/>", b"<?xml version='2.0' encoding='utf-8' standalone='maybe'?><a/>",
    b"<?xml encoding='utf-8'?><a/>", b"<a>\x01</a>", b"<a>\xff</a>", b"<a>\xc3</a>",
    b"<a>x]]>y</a>", b"<a x='<'/>", b"<a x='&y;'/>", b"<p:a/>", b"<a xmlns:p=''/>",
    b"<!DOCTYPE a [<!ENTITY e '&e;'>]><a>&e;</a>", b"<!DOCTYPE a [<!ENTITY e '<b>'>]><a>&e;</a></b>",
    b"<!DOCTYPE a [<!ELEMENT a EMPTY>", b"<!DOCTYPE a SYSTEM>", b"<!DOCTYPE a [<!FOO>]><a/>",
    b"<a>\n<b>\n</c>\n</a>", b"<a>\r\n\r\n<b>x</a>", "<a>\u00e9\u00e9<</a>".encode(), b"<a></a>\n<!-- c -->\n<?p?>\n",
    b"<?xml version='1.0' encoding='latin-1'?><a>\xe9&</a>", b"<a\n b='1'\n b='2'/>",
    b"<!-- unterminated", b"<a><b/>", b"<?pi", b"<!DOCTYPE a [<!ENTITY e SYSTEM 'x'>]><a x='&e;'/>",
]

def run(doc, chunked):
    p = pyexpat.ParserCreate()
    try:
        if chunked:
            for i in range(len(doc)):
                p.Parse(doc[i:i+1], False)
            p.Parse(b"", True)
        else:
            p.Parse(doc, True)
        return "ok"
    except pyexpat.ExpatError as e:
        return "%s | code=%d line=%d off=%d | %d %d %d %d" % (
            e, e.code, e.lineno, e.offset, p.ErrorCode, p.ErrorLineNumber,
            p.ErrorColumnNumber, p.ErrorByteIndex)

for d in DOCS:
    whole = run(d, False)
    chunked = run(d, True)
    print(repr(d), "->", whole)
    if chunked != whole:
        print("   chunked ->", chunked)
