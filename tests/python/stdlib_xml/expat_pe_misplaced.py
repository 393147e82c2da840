# Parameter entity references where the DTD does not allow them.
import pyexpat
for d in [b"%x;<a/>", b"<!DOCTYPE a %x;><a/>", b"<!DOCTYPE a [<!ENTITY %x; 'v'>]><a/>", b"<!DOCTYPE a [<!ELEMENT a %x;>]><a/>", b"<a/>%x;"]:
    try:
        pyexpat.ParserCreate().Parse(d, True); print("ok")
    except pyexpat.ExpatError as e:
        print(e)
