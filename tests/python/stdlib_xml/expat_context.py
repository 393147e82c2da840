# ExternalEntityParserCreate: namespace bindings come from the context string.
import pyexpat
p = pyexpat.ParserCreate(namespace_separator="|")
out = []
def ext(ctx, base, sysid, pubid):
    out.append(sorted(ctx.split("\x0c")))  # expat orders prefixes by a salted hash
    for c in (ctx, "=urn:forced\x0cq=urn:q", "p=urn:other"):
        child = p.ExternalEntityParserCreate(c)
        child.StartElementHandler = lambda n, a: out.append((c[:6], n, a))
        try:
            child.Parse(b"<p:x a='1'/><z/>", True)
        except pyexpat.ExpatError as e:
            out.append((c[:6], str(e)))
    return 1
p.ExternalEntityRefHandler = ext
p.Parse(b"<!DOCTYPE r [<!ENTITY e SYSTEM 'e'>]><r xmlns='urn:d' xmlns:p='urn:p'>&e;</r>", True)
print("\n".join(map(str, out)))
