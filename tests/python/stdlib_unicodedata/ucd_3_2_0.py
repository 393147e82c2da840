import unicodedata as u
o = u.ucd_3_2_0
print(type(o).__name__, o.unidata_version, isinstance(o, u.UCD))
for c in ['\u0378', '\U0001F600', 'a', '\u20ac', '\u0221', '\u2118', '\u30fb', '\u2189']:
    print(hex(ord(c)), o.category(c), repr(o.bidirectional(c)), o.combining(c), o.mirrored(c), o.east_asian_width(c), repr(o.decomposition(c)), o.name(c, None), o.numeric(c, None))
try: o.lookup('GRINNING FACE')
except KeyError as e: print(e)
print(o.lookup('EURO SIGN'), o.normalize('NFKC', '\ufb01'))
import stringprep
print(stringprep.in_table_a1('\u0221'), stringprep.in_table_b1('\u00ad'), stringprep.map_table_b2('A'))
print('bücher.example'.encode('idna'), b'xn--bcher-kva.example'.decode('idna'))
try: u.UCD()
except TypeError as e: print(e)
