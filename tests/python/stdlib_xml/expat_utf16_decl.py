# UTF-16 documents declaring other encodings: incorrect, or switched to a
# single-byte Python codec as expat does.
import pyexpat
for enc, declared in [("utf-16-le", "latin-1"), ("utf-16-be", "cp1252"), ("utf-16", "utf-8"), ("utf-16", "utf-16le"), ("utf-16-le", "utf-16le")]:
    doc = ("<?xml version='1.0' encoding='%s'?><a>x</a>" % declared).encode(enc)
    p = pyexpat.ParserCreate()
    p.CharacterDataHandler = print
    try:
        p.Parse(doc, True)
    except Exception as e:
        print(enc, declared, type(e).__name__, e)
