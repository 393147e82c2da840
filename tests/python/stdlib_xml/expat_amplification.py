# Exponential entity expansion stops at expat's amplification limit.
import pyexpat
ents = "<!ENTITY a0 'xxxxxxxxxx'>" + "".join("<!ENTITY a%d '%s'>" % (i, ("&a%d;" % (i-1))*10) for i in range(1, 9))
doc = ("<!DOCTYPE r [%s]><r>&a8;</r>" % ents).encode()
p = pyexpat.ParserCreate()
n = [0]
p.CharacterDataHandler = lambda t: n.__setitem__(0, n[0] + len(t))
try:
    p.Parse(doc, True)
    print("ok", n[0])
except pyexpat.ExpatError as e:
    print(e, n[0] > 0)
doc = ("<!DOCTYPE r [%s]><r a='&a8;'/>" % ents).encode()
try:
    pyexpat.ParserCreate().Parse(doc, True)
    print("ok")
except pyexpat.ExpatError as e:
    print(e)
