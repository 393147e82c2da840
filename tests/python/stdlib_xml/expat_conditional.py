# Conditional sections (INCLUDE, IGNORE, nested) in an external DTD subset.
import pyexpat
DTD = b"""<!ENTITY % draft 'INCLUDE'>
<![INCLUDE[ <!ENTITY a 'included'> <![ IGNORE [ <!ENTITY b 'nested ignored'> ]]> ]]>
<![IGNORE[ <!ENTITY c 'ignored'> <![INCLUDE[ x ]]> ]]>
<!ENTITY d 'after'>
"""
for dtd in (DTD, b"<![INCLUDE[ <!ENTITY a 'x'>", b"]]>", b"<![FOO[ ]]>", b"<![IGNORE[ never closed"):
    p = pyexpat.ParserCreate()
    p.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_ALWAYS)
    out = []
    def ext(ctx, base, sysid, pubid):
        c = p.ExternalEntityParserCreate(ctx)
        c.DefaultHandler = lambda t: out.append(("def", t))
        try:
            out.append(("child", c.Parse(dtd, True)))
        except pyexpat.ExpatError as e:
            out.append(("child err", str(e)))
        return 1
    p.ExternalEntityRefHandler = ext
    p.EntityDeclHandler = lambda *a: out.append(("decl",) + a[:3])
    p.CharacterDataHandler = lambda t: out.append(t)
    p.SkippedEntityHandler = lambda *a: out.append(("skip",) + a)
    try:
        p.Parse(b"<!DOCTYPE r SYSTEM 'x.dtd'><r>&a;&b;&c;&d;</r>", True)
    except pyexpat.ExpatError as e:
        out.append(str(e))
    for o in out:
        print(o)
    print()
