# Parameter entities: internal ones expanded when parameter entity parsing is on,
# external subsets and parameter entities through ExternalEntityParserCreate(None).
import pyexpat
doc = b"<!DOCTYPE r [<!ENTITY % pe '<!ENTITY e \"from pe\">'> %pe; <!ENTITY f 'F'>]><r>&e;&f;</r>"
for ppe in (0, 1, 2):
    for sa in (b"", b"<?xml version='1.0' standalone='yes'?>"):
        p = pyexpat.ParserCreate()
        p.SetParamEntityParsing(ppe)
        out = []
        p.CharacterDataHandler = lambda t: out.append(t)
        p.SkippedEntityHandler = lambda *a: out.append(("skip",) + a)
        p.EntityDeclHandler = lambda *a: out.append(("decl",) + a[:3])
        try:
            p.Parse(sa + doc, True)
        except pyexpat.ExpatError as e:
            out.append(str(e))
        print(ppe, bool(sa), out)
DTDS = {"ext.dtd": b"<?xml version='1.0' encoding='utf-8'?><!ENTITY e 'external'><!ATTLIST r d CDATA 'dflt'><!ENTITY % inner 'x'>",
        "pe.ent": b"<!ENTITY f 'from pe'>", "bad.dtd": b"<!ENTITY oops"}
def run(doc, ppe, ret=1, standalone=b""):
    p = pyexpat.ParserCreate()
    p.SetParamEntityParsing(ppe)
    out = []
    def ext(ctx, base, sysid, pubid):
        out.append(("ext", ctx, base, sysid, pubid))
        if sysid in DTDS and ret:
            c = p.ExternalEntityParserCreate(ctx)
            try:
                out.append(("child", c.Parse(DTDS[sysid], True)))
            except pyexpat.ExpatError as e:
                out.append(("child err", str(e)))
        return ret
    p.ExternalEntityRefHandler = ext
    p.StartElementHandler = lambda n, a: out.append((n, a))
    p.CharacterDataHandler = lambda t: out.append(t)
    p.SkippedEntityHandler = lambda *a: out.append(("skip",) + a)
    p.EntityDeclHandler = lambda *a: out.append(("decl",) + a[:3])
    p.NotStandaloneHandler = lambda: out.append("notsa") or 1
    try:
        p.Parse(standalone + doc, True)
    except pyexpat.ExpatError as e:
        out.append(str(e))
    print(ppe, ret, bool(standalone), out)
for ppe in (0, 1, 2):
    for ret in (1, 0):
        run(b"<!DOCTYPE r SYSTEM 'ext.dtd'><r>&e;</r>", ppe, ret)
        run(b"<!DOCTYPE r SYSTEM 'ext.dtd' [<!ENTITY % p SYSTEM 'pe.ent'> %p;]><r>&e;&f;</r>", ppe, ret)
        run(b"<!DOCTYPE r SYSTEM 'ext.dtd'><r>&e;</r>", ppe, ret, b"<?xml version='1.0' standalone='yes'?>")
    run(b"<!DOCTYPE r SYSTEM 'bad.dtd'><r/>", ppe)
    run(b"<!DOCTYPE r [<!ENTITY % p SYSTEM 'none'> %p; <!ENTITY g 'G'>]><r>&g;</r>", ppe)
    run(b"<!DOCTYPE r [%undefined; <!ENTITY g 'G'>]><r>&g;</r>", ppe)
    run(b"<!DOCTYPE r [%undefined; <!ENTITY g 'G'>]><r>&g;</r>", ppe, 1, b"<?xml version='1.0' standalone='yes'?>")
    run(b"<!DOCTYPE r [<!ENTITY % a '%b;'><!ENTITY % b '%a;'> %a;]><r/>", ppe)
    run(b"<!DOCTYPE r [<!ENTITY % a '<!ENTITY x'> %a; 'y'>]><r/>", ppe)
