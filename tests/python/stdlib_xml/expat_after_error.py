# Parse() again after an error: the same error, with expat's position walk
# repeated; an empty non-final chunk is accepted.
import pyexpat
for first, second in [(b"<a><b></a>", b"<a/>"), (b"<a><b></a>", b"x"), (b"<a><b></a>", b"xxxxxxxxxx"), (b"<a></b>", b""), (b"<a>\n</b>", b"yy"), (b"<a></b>xyz", b"12345")]:
    p = pyexpat.ParserCreate()
    for d in (first, second, second):
        try:
            p.Parse(d, False)
            print("ok", p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
        except pyexpat.ExpatError as e:
            print(e, p.ErrorByteIndex)
    print()
