# Errors inside internal entities are reported at the reference.
import pyexpat
for d in [b"<!DOCTYPE r [<!ENTITY e 'x<!--'>]><r>t&e;</r>", b"<!DOCTYPE r [<!ENTITY e 'x<!--'>]><r>&e;</r>",
          b"<!DOCTYPE r [<!ENTITY e 'x<!--'>]><r><a/>&e;</r>", b"<!DOCTYPE r [<!ENTITY e 'x&#0;'>]><r>tt&e;</r>",
          b"<!DOCTYPE r [<!ENTITY e 'x&u;'>]><r>tt&e;</r>", b"<!DOCTYPE r [<!ENTITY e '<a>'>]><r>tt&e;</r>",
          b"<!DOCTYPE r [<!ENTITY e '<a>'>]><r>\ntt&e;</r>", b"<!DOCTYPE r [<!ENTITY e '</r>'>]><r>tt&e;</r>",
          b"<!DOCTYPE r [<!ENTITY e '<?xml version=\"1.0\"?>'>]><r>tt&e;</r>"]:
    for bt in (False, True):
        p = pyexpat.ParserCreate()
        p.buffer_text = bt
        p.CharacterDataHandler = lambda t: None
        try:
            p.Parse(d, True)
        except pyexpat.ExpatError as e:
            print(bt, e)
