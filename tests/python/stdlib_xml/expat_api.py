# The pyexpat module and xmlparser object: constructor checks, attributes,
# settings, methods and their errors.
import io
import sys
import pyexpat
from xml.parsers import expat

def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print(pyexpat.EXPAT_VERSION, pyexpat.version_info, pyexpat.native_encoding)
print(pyexpat.features)
print(pyexpat.error is pyexpat.ExpatError, pyexpat.ExpatError.__module__, pyexpat.ExpatError.__mro__)
print(expat.ExpatError is pyexpat.ExpatError, expat.errors is pyexpat.errors, expat.model is pyexpat.model)
print(pyexpat.errors.__name__, pyexpat.errors.__doc__, pyexpat.model.__name__, pyexpat.model.__doc__)
print(sorted(k for k in dir(pyexpat.model) if k.startswith("XML")))
print([pyexpat.errors.codes[pyexpat.errors.XML_ERROR_SYNTAX], pyexpat.errors.messages[4]])
print(len(pyexpat.errors.codes), len(pyexpat.errors.messages))
print(sys.modules["pyexpat.errors"] is pyexpat.errors, "xml.parsers.expat.errors" in sys.modules)
print([pyexpat.ErrorString(i) for i in (0, 1, 11, 43, 44, -1)])
print(pyexpat.XML_PARAM_ENTITY_PARSING_NEVER, pyexpat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE,
      pyexpat.XML_PARAM_ENTITY_PARSING_ALWAYS)
print(type(pyexpat.ParserCreate()).__name__, pyexpat.XMLParserType.__name__, pyexpat.XMLParserType.__module__)

show("sep int", lambda: pyexpat.ParserCreate(namespace_separator=42))
show("sep long", lambda: pyexpat.ParserCreate(namespace_separator="ab"))
show("enc int", lambda: pyexpat.ParserCreate(encoding=1))
show("intern list", lambda: pyexpat.ParserCreate(intern=[]))
show("kw", lambda: pyexpat.ParserCreate(foo=1))
show("create type", lambda: pyexpat.XMLParserType())

p = pyexpat.ParserCreate()
for attr in ("buffer_text", "buffer_size", "buffer_used", "ordered_attributes",
             "specified_attributes", "namespace_prefixes", "ErrorCode", "ErrorLineNumber",
             "ErrorColumnNumber", "ErrorByteIndex", "CurrentLineNumber",
             "CurrentColumnNumber", "CurrentByteIndex", "intern", "StartElementHandler"):
    show(attr, lambda: getattr(p, attr))
show("GetBase", p.GetBase)
p.SetBase("http://base/")
show("GetBase2", p.GetBase)
show("SetBase int", lambda: p.SetBase(1))
show("GetInputContext", p.GetInputContext)
show("bad attr", lambda: p.nosuch)
show("set bad attr", lambda: setattr(p, "nosuch", 1))
show("buffer_size -1", lambda: setattr(p, "buffer_size", -1))
show("buffer_size 0", lambda: setattr(p, "buffer_size", 0))
show("buffer_size big", lambda: setattr(p, "buffer_size", sys.maxsize + 1))
show("buffer_size float", lambda: setattr(p, "buffer_size", 512.0))
p.buffer_size = 100
print(p.buffer_size)
p.StartElementHandler = print
print(p.StartElementHandler is print)
p.StartElementHandler = None
print(p.StartElementHandler)
show("Parse int", lambda: p.Parse(1))
show("Parse", lambda: p.Parse(b"<a>x</a>", True))
show("Parse again", lambda: p.Parse(b"<a/>", True))
print(p.ErrorCode, pyexpat.ErrorString(p.ErrorCode))
show("UseForeignDTD late", lambda: p.UseForeignDTD())
show("SetParamEntityParsing late", lambda: p.SetParamEntityParsing(1))
q = pyexpat.ParserCreate()
show("SetParamEntityParsing", lambda: q.SetParamEntityParsing(2))
show("Parse bytearray", lambda: q.Parse(bytearray(b"<a/>"), 1))
show("Parse memoryview", lambda: pyexpat.ParserCreate().Parse(memoryview(b"<a/>"), True))
show("Parse str", lambda: pyexpat.ParserCreate().Parse("<a>\u20ac</a>", True))

class F:
    def __init__(self, chunks): self.chunks = list(chunks)
    def read(self, n): return self.chunks.pop(0) if self.chunks else b""
show("ParseFile", lambda: pyexpat.ParserCreate().ParseFile(F([b"<a>", b"x</a>"])))
show("ParseFile str", lambda: pyexpat.ParserCreate().ParseFile(F(["<a/>"])))
show("ParseFile noread", lambda: pyexpat.ParserCreate().ParseFile(1))
show("ParseFile big", lambda: pyexpat.ParserCreate().ParseFile(F([b" " * 3000])))
show("ParseFile BytesIO", lambda: pyexpat.ParserCreate().ParseFile(io.BytesIO(b"<a>" + b"y" * 5000 + b"</a>")))

# Handlers that raise: the exception propagates and handlers are cleared.
r = pyexpat.ParserCreate()
def boom(name, attrs):
    raise KeyError(name)
r.StartElementHandler = boom
r.EndElementHandler = print
show("raise", lambda: r.Parse(b"<a/>", True))
print(r.StartElementHandler, r.EndElementHandler)

# Interning: the same name object, and the intern dict is filled.
d = {}
s = pyexpat.ParserCreate(intern=d)
names = []
s.StartElementHandler = lambda n, a: names.append(n)
s.Parse(b"<e><e x='1'/><e/></e>", True)
print(len(names), all(n is names[0] for n in names), sorted(d))
print(pyexpat.ParserCreate(intern=None).intern)

# ordered and specified attributes, with DTD defaults.
doc = b"<!DOCTYPE a [<!ATTLIST a d CDATA 'dv' t NMTOKENS '  x   y '>]><a z='1' t=' p  q '/>"
for ordered in (False, True):
    for specified in (False, True):
        t = pyexpat.ParserCreate()
        t.ordered_attributes = ordered
        t.specified_attributes = specified
        t.StartElementHandler = lambda n, a: print(" ", ordered, specified, n, a)
        t.Parse(doc, True)

# namespace_prefixes and separators
for sep in ("}", "", " "):
    for prefixes in (False, True):
        t = pyexpat.ParserCreate(namespace_separator=sep)
        t.namespace_prefixes = prefixes
        t.StartElementHandler = lambda n, a: print(" ", repr(sep), prefixes, repr(n), a)
        t.Parse(b"<p:a xmlns:p='urn:x' p:b='1' c='2'><d xmlns='urn:y'/></p:a>", True)

# ExternalEntityParserCreate and UseForeignDTD
m = pyexpat.ParserCreate()
seen = []
def ext(context, base, sysid, pubid):
    seen.append((context, base, sysid, pubid))
    c = m.ExternalEntityParserCreate(context)
    c.CharacterDataHandler = lambda t: seen.append(("data", t))
    c.StartElementHandler = lambda n, a: seen.append(("start", n))
    print("child", c.Parse(b"<?xml version='1.0' encoding='utf-8'?>text<i>in</i>", True))
    return 1
m.ExternalEntityRefHandler = ext
m.SetBase("base/")
m.Parse(b"<!DOCTYPE a [<!ENTITY x SYSTEM 'x.xml'>]><a>&x;</a>", True)
print(seen)
u = pyexpat.ParserCreate()
u.UseForeignDTD(True)
u.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_ALWAYS)
calls = []
def ext2(context, base, sysid, pubid):
    calls.append((context, sysid, pubid))
    c = u.ExternalEntityParserCreate(None)
    print("dtd child", c.Parse(b"<!ENTITY ent 'from foreign'>", True))
    return 1
u.ExternalEntityRefHandler = ext2
u.CharacterDataHandler = lambda t: calls.append(t)
u.Parse(b"<a>&ent;</a>", True)
print(calls)
