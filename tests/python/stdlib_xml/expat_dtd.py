# DTD edge cases: entity values with errors, predefined entity redeclarations,
# content model syntax, public ids, XML declaration forms, name characters.
import pyexpat
docs = [
 b"<!DOCTYPE a [<!ENTITY e '%p;'>]><a/>",
 b"<!DOCTYPE a [<!ENTITY % p 'x'><!ENTITY e '%p;'>]><a/>",
 b"<!DOCTYPE a [<!ELEMENT a (b|c,d)>]><a/>",
 b"<!DOCTYPE a [<!ELEMENT a (#PCDATA|b)>]><a/>",
 b"<!DOCTYPE a [<!ELEMENT a (b)>]><a/>",
 b"<!DOCTYPE a [<!ELEMENT a (b)+>]><a/>",
 b"<!DOCTYPE a [<!ELEMENT a (#PCDATA)*>]><a/>",
 b"<!DOCTYPE a [<!ELEMENT a (b,#PCDATA)>]><a/>",
 b"<!DOCTYPE a [<!ELEMENT a ANY >]><a/>",
 b"<!DOCTYPE a [<!ATTLIST a b CDATA>]><a/>",
 b"<!DOCTYPE a [<!ATTLIST a b FOO #IMPLIED>]><a/>",
 b"<!DOCTYPE a [<!NOTATION n>]><a/>",
 b"<!DOCTYPE a PUBLIC 'a\\b' 'c'><a/>",
 b"<!DOCTYPE a [<!-- c --> <?p x?> ]><a/>",
 b"<!DOCTYPE a [ ] ><a/>",
 b"<!DOCTYPE a><!DOCTYPE b><a/>",
 b"<!DOCTYPE a [<!ENTITY e 'x'>]><!-- c --><a>&e;</a>",
 b"<!DOCTYPE a [<!ENTITY e SYSTEM 'x' NDATA>]><a/>",
 b"<!DOCTYPE a [<!ENTITY % e SYSTEM 'x' NDATA n>]><a/>",
 b"<!DOCTYPE a [<!ENTITY amp '&#38;#38;'>]><a>&amp;</a>",
 b"<!DOCTYPE a [<!ENTITY e 'a&#x10FFFF;b'>]><a>&e;</a>",
 b"<!DOCTYPE a [<!ENTITY e '&#0;'>]><a/>",
 b"<!DOCTYPE a [<!ATTLIST a x CDATA '&undef;'>]><a/>",
 b"<!DOCTYPE a [<!ATTLIST a x CDATA '&lt;'>]><a/>",
 b"<!DOCTYPE a [\n<!ENTITY e 'multi\r\nline'>]><a>&e;</a>",
 "<!DOCTYPE \u00e9 [<!ELEMENT \u00e9 EMPTY>]><\u00e9/>".encode(),
 "<a\U0001F600/>".encode(),
 "<a b\u00b7c='1'/>".encode(),
 b"<a>\x7f\xc2\x80\xc2\x9f</a>",
 b"<?xml version='1.0' standalone='yes'?><!DOCTYPE a [%p;]><a/>",
 b"<?xml version='1.0' ?><a/>",
 b"<?xml version=\"1.0\"encoding='x'?><a/>",
 b"<?xml  version = '1.0'  ?><a/>",
 b"<?xml?><a/>",
 b"<?XML version='1.0'?><a/>",
 b"<?xml-foo?><a/>",
]
H = ['ElementDeclHandler', 'EntityDeclHandler', 'AttlistDeclHandler', 'CharacterDataHandler', 'StartElementHandler',
     'CommentHandler', 'ProcessingInstructionHandler', 'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'NotationDeclHandler', 'XmlDeclHandler']
for d in docs:
    p = pyexpat.ParserCreate()
    out = []
    for n in H:
        setattr(p, n, lambda *a, n=n: out.append((n[:-7], a, p.CurrentColumnNumber)))
    try:
        p.Parse(d, True)
    except pyexpat.ExpatError as e:
        out.append(str(e))
    print(repr(d)); [print("  ", o) for o in out]
